insert into due_step (account_id, step, due_at, status, reminders_sent) values (:accountId, :step, :dueAt, 'pending', 0)
on conflict do nothing
