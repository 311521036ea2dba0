update outbox set status = 'sent', attempts = attempts + 1, sent_channel = :sentChannel, sent_ts = :sentTs,
    sent_at = :now, lease_until = null, last_error = null
where id = :id and claimed_by = :owner and status = 'pending'
