select cycle_id, problem, goal, written_by, written_at, updated_at from save_plan where cycle_id = :cycleId
