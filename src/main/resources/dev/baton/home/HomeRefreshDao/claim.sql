update home_refresh set claimed_by = :owner, lease_until = :leaseUntil
where slack_user = :userId and due_at <= :now and (lease_until is null or lease_until < :now)
