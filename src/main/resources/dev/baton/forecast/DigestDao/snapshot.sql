insert into forecast_week (week_start, cycle_id, rating, outcome, arr_cents, projected_arr_after_cents)
select :week, r.cycle_id, r.rating, r.outcome, r.arr_cents, r.projected_cents
from (<forecastRows>) r
where r.cycle_id is not null
