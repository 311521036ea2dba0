update churn_retro set status = :status, version = version + 1, updated_by = :by, updated_at = :now
where churn_id = :churnId
