select account_id from account_health where band = 'red' and account_id = any(:accountIds)
