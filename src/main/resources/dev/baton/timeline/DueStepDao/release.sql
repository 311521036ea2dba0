update due_step set due_at = :dueAt, lease_until = null where id = :id and claimed_by = :owner and status = 'pending'
