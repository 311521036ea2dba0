update due_step set status = :status, closed_at = :now, closed_by = :by, lease_until = null
where id = :id and claimed_by = :owner and status = 'pending'
