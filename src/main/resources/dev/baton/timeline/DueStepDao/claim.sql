update due_step set claimed_by = :owner, lease_until = :leaseUntil
where id = :id and status = 'pending' and due_at <= :now and (lease_until is null or lease_until < :now)
