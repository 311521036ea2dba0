select plan_id, position, contact_id, sentiment, champion, why, win from success_relationship
where plan_id = :planId order by position
