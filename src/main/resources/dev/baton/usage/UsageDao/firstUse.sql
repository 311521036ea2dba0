select u.account_id, u.feature_key, u.feature, t.first_at
from usage_first_use u join usage_first_at t on t.first_use_id = u.id
where u.account_id = :accountId and u.feature_key = :featureKey
