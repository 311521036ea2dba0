select id, account_id, step, due_at, status, reminders_sent, closed_at, closed_by from due_step where account_id = :accountId order by due_at, id
