insert into usage_alert (kind, account_id, feature_key, feature, happened_at, users_count, created_at)
values (:kind, :accountId, :featureKey, :feature, :happenedAt, :usersCount, :createdAt)
