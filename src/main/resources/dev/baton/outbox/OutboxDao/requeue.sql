-- a person chose to send it again, so an old doubt no longer holds it back
update outbox set status = 'pending', attempts = 0, next_attempt_at = :now, claimed_by = null, lease_until = null,
    doubt_since = null
where id = :id and status = 'dead'
