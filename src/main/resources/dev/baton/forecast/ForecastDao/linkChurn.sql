update renewal_cycle set churn_id = :churnId where id = :id
