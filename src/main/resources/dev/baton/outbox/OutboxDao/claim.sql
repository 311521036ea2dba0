update outbox set claimed_by = :owner, lease_until = :leaseUntil
where id = :id and status = 'pending' and next_attempt_at <= :now and (lease_until is null or lease_until < :now)
