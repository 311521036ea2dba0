insert into save_plan (cycle_id, problem, goal, written_by, written_at, updated_at)
values (:cycleId, :problem, :goal, :by, :now, :now)
