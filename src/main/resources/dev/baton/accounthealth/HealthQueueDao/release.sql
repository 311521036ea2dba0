update account_health_dirty set claimed_by = null, lease_until = null where account_id = :accountId and claimed_by = :owner
