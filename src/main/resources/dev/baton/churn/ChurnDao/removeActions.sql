delete from churn_action where churn_id = :churnId
