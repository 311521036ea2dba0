select id, nomination_id, criterion_position, position, action, owner, due_on, done_at, done_by from lighthouse_step where id = :id
