update account_health_dirty set marked_at = :now, marks = marks + 1 where account_id = :accountId
