update account_health_dirty set marked_at = :now where account_id = :accountId and marked_at < :now
