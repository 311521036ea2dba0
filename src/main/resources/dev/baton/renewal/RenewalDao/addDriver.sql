insert into renewal_driver (cycle_id, driver, rating, note) values (:cycleId, :driver, :rating, :note)
