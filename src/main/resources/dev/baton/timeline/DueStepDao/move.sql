update due_step set due_at = :dueAt, reminders_sent = 0 where id = :id and status = 'pending'
