insert into account_active_week (account_id, week_start, active_users) values (:accountId, :week, :activeUsers)
