update outbox set next_attempt_at = :until, lease_until = null, last_error = :reason
where id = :id and claimed_by = :owner and status = 'pending'
