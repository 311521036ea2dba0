-- The open success-plan actions that the user owns, due on or before :today.
select sa.id, p.account_id, a.name as account_name, sa.action, sa.due_date as due_on
from success_action sa
join success_plan p on p.id = sa.plan_id
join account a on a.id = p.account_id
where sa.owner = :userId and sa.done_at is null and sa.due_date <= :today
order by sa.due_date, sa.id
limit :limit
