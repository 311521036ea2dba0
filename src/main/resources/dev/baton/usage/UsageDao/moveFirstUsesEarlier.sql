update usage_first_use set first_at = :firstAt
where account_id = :accountId and feature_key = :featureKey and first_at > :firstAt
