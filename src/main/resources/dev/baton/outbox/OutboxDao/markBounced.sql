update outbox set status = 'bounced', attempts = attempts + 1, last_error = :error, lease_until = null
where id = :id and claimed_by = :owner and status = 'pending'
