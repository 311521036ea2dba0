delete from due_step where id = :id and status = 'pending' and reminders_sent = 0
