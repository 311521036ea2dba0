insert into success_goal (plan_id, position, goal, measure) values (:planId, :position, :goal, :measure)
