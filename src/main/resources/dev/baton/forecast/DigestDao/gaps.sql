-- The renewals whose assessment is due and which miss a step (no assessment, no agreed rating, no forecast for
-- the rating that stands): the first :perKind of each, with how many there are.
select y.gap, y.name, y.renewal_date, y.of_kind
from (
    select r.gap, r.name, r.renewal_date, count(*) over (partition by r.gap) as of_kind,
           row_number() over (partition by r.gap order by r.renewal_date, r.name, r.account_id) as n
    from (<forecastRows>) r
    where r.gap is not null
) y
where y.n <= :perKind
order by y.gap, y.n
