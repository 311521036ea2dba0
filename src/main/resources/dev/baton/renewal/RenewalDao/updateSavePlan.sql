update save_plan set problem = :problem, goal = :goal, updated_at = :now where cycle_id = :cycleId
