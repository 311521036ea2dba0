select id, title, summary, link, posted_by, posted_at from journey_release where posted_at >= :from order by id
