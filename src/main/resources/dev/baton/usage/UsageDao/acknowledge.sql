update usage_alert set acknowledged_by = :by, acknowledged_at = :at where id = :id and acknowledged_by is null
