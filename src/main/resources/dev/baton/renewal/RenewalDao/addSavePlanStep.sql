insert into save_plan_step (cycle_id, position, action, owner, due_on) values (:cycleId, :position, :action, :owner, :dueOn)
