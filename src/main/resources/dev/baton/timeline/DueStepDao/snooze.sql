update due_step set due_at = :dueAt, lease_until = null, claimed_by = null where id = :id and status = 'pending'
