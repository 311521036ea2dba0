insert into health_overview_week (week_start, posted_at, overview) values (:week, :now, :overview)
on conflict do nothing
