select <dueStepColumns> from due_step where account_id = :accountId order by due_at, id
