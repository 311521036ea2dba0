select a.* from churn_action a
join churn_retro r on r.churn_id = a.churn_id
join churn c on c.id = a.churn_id
where c.account_id = :accountId and r.status = 'reviewed' and a.done_at is null
order by a.due_date, a.id
