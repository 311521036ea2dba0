insert into forecast_digest (week_start, claimed_by, claimed_at) values (:week, :by, :now)
on conflict do nothing
