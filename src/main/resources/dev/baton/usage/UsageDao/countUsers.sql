select count(*) from usage_feature_user where account_id = :accountId and feature_key = :featureKey
