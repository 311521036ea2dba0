select p.id as plan_id, p.account_id, a.name, p.quarter,
    (select count(*) from success_action x where x.plan_id = p.id and x.done_at is not null) as done,
    (select count(*) from success_action x where x.plan_id = p.id) as total
from success_plan p join account a on a.id = p.account_id
where p.quarter = :quarter and p.for_qbr = true
order by a.name_key, p.id
