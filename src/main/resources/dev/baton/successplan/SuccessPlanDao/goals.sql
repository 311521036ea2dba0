select plan_id, position, goal, measure from success_goal where plan_id = :planId order by position
