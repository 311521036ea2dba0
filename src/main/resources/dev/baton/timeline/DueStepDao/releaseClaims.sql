-- Hands back the steps this engine claimed and did not run, so another instance may run them at once.
update due_step set lease_until = null
where claimed_by = :owner and status = 'pending' and lease_until is not null
