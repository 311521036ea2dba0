select a.id, a.plan_id, a.goal, a.position, a.action, a.owner, a.due_date, a.done_at, a.done_by
from success_action a join success_plan p on p.id = a.plan_id
where p.account_id = :accountId and a.done_at is null
order by a.due_date, a.id
