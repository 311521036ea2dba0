delete from save_plan_step where cycle_id = :cycleId
