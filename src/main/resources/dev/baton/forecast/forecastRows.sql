-- Every renewal in the digest's window (:from to :to) with its open cycle, if any: the current ARR, what the
-- forecast leaves of it (a renewal not yet forecast counts as flat), and which step it is missing when its
-- assessment has fallen due (renewing by :dueBy). A renewal already processed is not in the window.
select a.id as account_id, a.name, a.renewal_date, coalesce(a.arr_cents, 0) as arr_cents,
       cast(extract(year from a.renewal_date) as integer) as renewal_year,
       cast(extract(quarter from a.renewal_date) as integer) as renewal_quarter,
       c.id as cycle_id, c.rating, c.forecast_outcome as outcome,
       case c.forecast_outcome when 'full_churn' then 0
            when 'partial_churn' then coalesce(c.forecast_arr_after_cents, a.arr_cents, 0)
            when 'incremental' then coalesce(c.forecast_arr_after_cents, a.arr_cents, 0)
            else coalesce(a.arr_cents, 0) end as projected_cents,
       case when a.renewal_date > :dueBy then null
            when s.status is null or s.status = 'draft' then 'no_assessment'
            when c.rating is null then 'no_rating'
            when c.forecast_outcome is null or c.forecast_rating is null or c.forecast_rating <> c.rating
                then 'no_forecast'
       end as gap
from account a
left join renewal_cycle c on c.account_id = a.id and c.renewal_date = a.renewal_date
left join renewal_assessment s on s.cycle_id = c.id
where a.renewal_date between :from and :to and (c.id is null or c.status = 'open')
