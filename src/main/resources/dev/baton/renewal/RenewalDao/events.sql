select id, cycle_id, at, actor, action, rating, reason from renewal_rating_event where cycle_id = :cycleId
order by at, id
