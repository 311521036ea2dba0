delete from success_relationship where plan_id = :planId
