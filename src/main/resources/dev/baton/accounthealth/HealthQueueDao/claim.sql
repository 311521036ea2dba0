update account_health_dirty set claimed_by = :owner, lease_until = :leaseUntil
where account_id = :accountId and (lease_until is null or lease_until < :now)
