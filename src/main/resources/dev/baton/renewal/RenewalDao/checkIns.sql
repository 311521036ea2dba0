select id, cycle_id, at, actor, progress, corrective_action, trend from renewal_check_in where cycle_id = :cycleId
order by at desc, id desc
