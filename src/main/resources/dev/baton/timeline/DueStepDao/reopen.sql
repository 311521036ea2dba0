update due_step set status = 'pending', due_at = :dueAt, reminders_sent = 0, claimed_by = null, lease_until = null,
    closed_at = null, closed_by = null
where account_id = :accountId and step = :step
