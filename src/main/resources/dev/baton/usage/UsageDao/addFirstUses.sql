insert into usage_first_use (account_id, feature_key, feature, first_at, recorded_at)
values (:accountId, :featureKey, :feature, :firstAt, :now)
on conflict do nothing
