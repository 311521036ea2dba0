insert into journey_summary_week (week_start, posted_at) values (:week, :now)
on conflict do nothing
