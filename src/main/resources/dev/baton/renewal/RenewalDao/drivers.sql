select cycle_id, driver, rating, note from renewal_driver where cycle_id = :cycleId
