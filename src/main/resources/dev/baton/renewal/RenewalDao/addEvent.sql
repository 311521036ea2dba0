insert into renewal_rating_event (cycle_id, at, actor, action, rating, reason)
values (:cycleId, :at, :actor, :action, :rating, :reason)
