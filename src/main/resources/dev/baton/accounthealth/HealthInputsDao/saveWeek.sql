insert into account_health_week (account_id, week_start, score, band, components)
values (:accountId, :week, :score, :band, :components)
