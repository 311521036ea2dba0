select plan_id, position, dependency, risk, resolution, help from success_ask where plan_id = :planId order by position
