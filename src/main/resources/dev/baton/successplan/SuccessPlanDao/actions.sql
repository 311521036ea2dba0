select id, plan_id, goal, position, action, owner, due_date, done_at, done_by from success_action
where plan_id = :planId order by goal, position
