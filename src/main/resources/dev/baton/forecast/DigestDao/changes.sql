-- What changed since last week's figures (:lastWeek): renewals new in the forecast, ratings and outcomes that
-- moved, renewals gone from it (processed, or moved out of the window); the first :perKind of each kind.
-- The window's rows are read once, joined to the kinds of change each may show.
select y.kind, y.cycle_id, y.name, y.renewal_date, y.was, y.now_is, y.of_kind
from (
    select x.*, count(*) over (partition by x.kind) as of_kind,
           row_number() over (partition by x.kind order by x.renewal_date, x.name, x.cycle_id) as n
    from (
        select k.kind, r.cycle_id, r.name, r.renewal_date,
               case k.kind when 'rating' then w.rating when 'outcome' then w.outcome end as was,
               case k.kind when 'rating' then r.rating when 'outcome' then r.outcome end as now_is
        from (<forecastRows>) r
        left join forecast_week w on w.week_start = :lastWeek and w.cycle_id = r.cycle_id
        join (values ('new'), ('rating'), ('outcome')) as k (kind)
          on (k.kind = 'new' and w.cycle_id is null)
          or (k.kind = 'rating' and w.cycle_id is not null and coalesce(w.rating, '-') <> coalesce(r.rating, '-'))
          or (k.kind = 'outcome' and w.cycle_id is not null and coalesce(w.outcome, '-') <> coalesce(r.outcome, '-'))
        where r.cycle_id is not null
        union all
        select 'dropped', w.cycle_id, a.name, c.renewal_date, w.outcome, c.status
        from forecast_week w join renewal_cycle c on c.id = w.cycle_id join account a on a.id = c.account_id
        where w.week_start = :lastWeek
          -- not in forecastRows any more: processed, or its renewal date moved (out of the window)
          and not (c.status = 'open' and c.renewal_date = a.renewal_date and a.renewal_date between :from and :to)
    ) x
) y
where y.n <= :perKind
order by y.kind, y.n
