insert into renewal_check_in (cycle_id, at, actor, progress, corrective_action, trend)
values (:cycleId, :at, :actor, :progress, :correctiveAction, :trend)
