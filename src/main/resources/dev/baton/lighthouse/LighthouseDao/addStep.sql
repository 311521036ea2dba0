insert into lighthouse_step (nomination_id, criterion_position, position, action, owner, due_on, done_at, done_by)
values (:nominationId, :criterionPosition, :position, :action, :owner, :dueOn, :doneAt, :doneBy)
