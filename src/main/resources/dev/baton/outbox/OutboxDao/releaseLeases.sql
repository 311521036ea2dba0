-- Hands back the rows this sender still leases, so another instance may take them at once instead of after the lease.
update outbox set lease_until = null
where claimed_by = :owner and status = 'pending' and lease_until is not null
