delete from success_action where plan_id = :planId
