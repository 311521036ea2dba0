update due_step set status = 'done', closed_at = :now, closed_by = :by, lease_until = null, claimed_by = null
where id = :id and status = 'pending'
