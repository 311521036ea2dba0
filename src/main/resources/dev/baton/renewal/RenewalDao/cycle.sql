select <cycleColumns> from renewal_cycle where id = :id
