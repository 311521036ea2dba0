-- At a stop: the refreshes this instance still leases, for another instance at once rather than after the lease.
update home_refresh set claimed_by = null, lease_until = null where claimed_by = :owner
