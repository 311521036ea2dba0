select id, account_id, step, due_at, status, reminders_sent, closed_at, closed_by from due_step where id = :id
