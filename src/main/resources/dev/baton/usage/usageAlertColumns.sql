-- The columns of a row as UsageAlert holds them, put in where a statement in this package says <usageAlertColumns>
-- (see store/SqlFiles).
id, kind, account_id, feature_key, feature, happened_at, users_count, active_users, seats_purchased,
acknowledged_by, acknowledged_at, snoozed_by, snoozed_until, created_at
