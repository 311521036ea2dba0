update due_step set reminders_sent = :remindersSent, due_at = :nextDueAt, lease_until = null
where id = :id and claimed_by = :owner and status = 'pending'
