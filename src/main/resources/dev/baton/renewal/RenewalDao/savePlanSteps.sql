select id, cycle_id, position, action, owner, due_on, done_at from save_plan_step where cycle_id = :cycleId
order by position
