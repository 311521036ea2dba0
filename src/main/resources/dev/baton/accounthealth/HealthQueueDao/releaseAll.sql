update account_health_dirty set claimed_by = null, lease_until = null where claimed_by = :owner
