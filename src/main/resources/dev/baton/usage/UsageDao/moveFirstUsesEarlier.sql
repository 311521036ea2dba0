update usage_first_use set first_at = :firstAt
where pair_key = :pairKey and first_at > :firstAt
