insert into usage_feature_user (account_id, feature_key, user_key) values (:accountId, :featureKey, :userKey)
on conflict do nothing
