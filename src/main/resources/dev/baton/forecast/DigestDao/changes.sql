-- What changed since last week's figures (:lastWeek): renewals new in the forecast, ratings and outcomes that
-- moved, renewals gone from it (processed, or moved out of the window); the first :perKind of each kind.
select y.kind, y.cycle_id, y.name, y.renewal_date, y.was, y.now_is, y.of_kind
from (
    select x.*, count(*) over (partition by x.kind) as of_kind,
           row_number() over (partition by x.kind order by x.renewal_date, x.name, x.cycle_id) as n
    from (
        select 'new' as kind, r.cycle_id, r.name, r.renewal_date,
               cast(null as varchar(16)) as was, cast(null as varchar(16)) as now_is
        from (<forecastRows>) r
        where r.cycle_id is not null
          and not exists (select 1 from forecast_week w where w.week_start = :lastWeek and w.cycle_id = r.cycle_id)
        union all
        select 'rating', r.cycle_id, r.name, r.renewal_date, w.rating, r.rating
        from (<forecastRows>) r join forecast_week w on w.week_start = :lastWeek and w.cycle_id = r.cycle_id
        where coalesce(w.rating, '-') <> coalesce(r.rating, '-')
        union all
        select 'outcome', r.cycle_id, r.name, r.renewal_date, w.outcome, r.outcome
        from (<forecastRows>) r join forecast_week w on w.week_start = :lastWeek and w.cycle_id = r.cycle_id
        where coalesce(w.outcome, '-') <> coalesce(r.outcome, '-')
        union all
        select 'dropped', w.cycle_id, a.name, c.renewal_date, w.outcome, c.status
        from forecast_week w join renewal_cycle c on c.id = w.cycle_id join account a on a.id = c.account_id
        where w.week_start = :lastWeek
          and not exists (select 1 from (<forecastRows>) r where r.cycle_id = w.cycle_id)
    ) x
) y
where y.n <= :perKind
order by y.kind, y.n
