delete from success_goal where plan_id = :planId
