update churn_retro set status = 'reviewed', version = version + 1, reviewed_by = :by, reviewed_at = :now,
    updated_by = :by, updated_at = :now
where churn_id = :churnId and status = 'review'
