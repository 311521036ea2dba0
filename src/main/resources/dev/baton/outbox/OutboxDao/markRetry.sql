update outbox set attempts = attempts + 1, last_error = :error, next_attempt_at = :nextAttemptAt, lease_until = null
where id = :id and claimed_by = :owner and status = 'pending'
