delete from account_health_week where account_id = :accountId and week_start = :week
