-- outcomeUnknown: the call timed out or broke off, so Slack may have taken it; otherwise Slack said no (and any
-- earlier doubt was settled by looking before this attempt).
update outbox set attempts = attempts + 1, last_error = :error, next_attempt_at = :nextAttemptAt, lease_until = null,
    doubt_since = case when :outcomeUnknown then coalesce(doubt_since, claimed_at) else null end
where id = :id and claimed_by = :owner and status = 'pending'
