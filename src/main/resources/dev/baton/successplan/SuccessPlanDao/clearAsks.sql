delete from success_ask where plan_id = :planId
