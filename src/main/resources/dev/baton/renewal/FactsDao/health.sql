select score, band, components, missing from account_health where account_id = :accountId and score is not null
