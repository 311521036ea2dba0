delete from account_health where account_id = :accountId
