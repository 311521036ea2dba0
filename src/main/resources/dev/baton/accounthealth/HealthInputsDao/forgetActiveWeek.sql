delete from account_active_week where account_id = :accountId and week_start = :week
