update success_action set done_at = :now, done_by = :by where id = :id and done_at is null
