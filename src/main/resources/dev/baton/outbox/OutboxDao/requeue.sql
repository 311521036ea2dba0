update outbox set status = 'pending', attempts = 0, next_attempt_at = :now, claimed_by = null, lease_until = null
where id = :id and status = 'dead'
