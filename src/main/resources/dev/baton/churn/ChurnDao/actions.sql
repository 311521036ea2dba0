select * from churn_action where churn_id = :churnId order by position
