insert into journey_release (title, summary, link, posted_by, posted_at) values (:title, :summary, :link, :by, :now)
