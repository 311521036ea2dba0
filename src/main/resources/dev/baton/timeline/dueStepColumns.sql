-- The columns of a row as DueStep holds them, put in where a statement in this package says <dueStepColumns>
-- (see store/SqlFiles).
id, account_id, step, due_at, status, reminders_sent, closed_at, closed_by
