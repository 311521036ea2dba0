delete from renewal_driver where cycle_id = :cycleId
