update lighthouse_program set problem = :problem, goal = :goal, plan_status = :status, plan_saved_at = :now where nomination_id = :nominationId
