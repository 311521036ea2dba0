select account_id, feature_key, feature, first_at from usage_first_use where account_id = :accountId and feature_key = :featureKey
