select <dueStepColumns> from due_step where id = :id
