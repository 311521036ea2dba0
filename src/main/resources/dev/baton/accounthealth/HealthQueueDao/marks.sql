select marks from account_health_dirty where account_id = :accountId
