select account_id, score, band, components, missing, computed_at from account_health where account_id = :accountId
