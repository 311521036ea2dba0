select * from churn where id = :id
