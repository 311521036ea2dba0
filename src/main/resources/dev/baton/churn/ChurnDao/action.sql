select * from churn_action where id = :id
