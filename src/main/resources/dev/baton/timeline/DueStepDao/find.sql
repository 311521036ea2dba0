select <dueStepColumns> from due_step where account_id = :accountId and step = :step
