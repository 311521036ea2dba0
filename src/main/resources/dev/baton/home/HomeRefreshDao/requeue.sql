update home_refresh set claimed_by = null, lease_until = null, due_at = :dueAt
where slack_user = :userId and claimed_by = :owner
