update usage_first_at set first_at = :firstAt
where first_use_id = :id and first_at > :firstAt
