select r.renewal_year, r.renewal_quarter, count(*) as renewals, sum(r.arr_cents) as arr_cents,
       sum(least(r.projected_cents, r.arr_cents)) as retained_cents, sum(r.projected_cents) as projected_cents,
       sum(case when r.rating = 'green' then 1 else 0 end) as green,
       sum(case when r.rating = 'yellow' then 1 else 0 end) as yellow,
       sum(case when r.rating = 'red' then 1 else 0 end) as red,
       sum(case when r.rating is null then 1 else 0 end) as unrated,
       sum(case when r.outcome = 'full_churn' then 1 else 0 end) as full_churn,
       sum(case when r.outcome = 'partial_churn' then 1 else 0 end) as partial_churn,
       sum(case when r.outcome = 'flat' then 1 else 0 end) as flat,
       sum(case when r.outcome = 'incremental' then 1 else 0 end) as incremental,
       sum(case when r.outcome is null then 1 else 0 end) as unforecast
from (<forecastRows>) r
group by r.renewal_year, r.renewal_quarter
order by r.renewal_year, r.renewal_quarter
