update usage_alert set snoozed_by = :by, snoozed_until = :until where id = :id
