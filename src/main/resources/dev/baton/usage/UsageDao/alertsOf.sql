select <usageAlertColumns> from usage_alert where account_id = :accountId order by id
