insert into usage_first_use (pair_key, account_id, feature_key, feature, first_at, recorded_at)
values (:pairKey, :accountId, :featureKey, :feature, :firstAt, :now)
on conflict do nothing
