insert into churn_action (churn_id, position, action, owner, due_date) values (:churnId, :position, :action, :owner, :dueDate)
