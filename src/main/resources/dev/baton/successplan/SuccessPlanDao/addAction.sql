insert into success_action (plan_id, goal, position, action, owner, due_date, done_at, done_by)
values (:planId, :goal, :position, :action, :owner, :dueDate, :doneAt, :doneBy)
