insert into usage_first_at (first_use_id, first_at) values (:firstUseId, :firstAt)
