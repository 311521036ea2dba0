select <usageAlertColumns> from usage_alert where id = :id
