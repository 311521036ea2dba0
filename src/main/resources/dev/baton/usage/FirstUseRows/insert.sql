insert into usage_first_use (pair_key, account_id, feature_key, feature, recorded_at)
values (:pairKey, :accountId, :featureKey, :feature, :recordedAt)
on conflict do nothing
