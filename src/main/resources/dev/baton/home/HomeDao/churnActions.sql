-- The open calls to action of reviewed churn retros that the user owns, due on or before :today.
select ca.id, c.account_id, a.name as account_name, ca.action, ca.due_date as due_on
from churn_action ca
join churn_retro r on r.churn_id = ca.churn_id
join churn c on c.id = ca.churn_id
join account a on a.id = c.account_id
where ca.owner = :userId and ca.done_at is null and r.status = 'reviewed' and ca.due_date <= :today
order by ca.due_date, ca.id
limit :limit
