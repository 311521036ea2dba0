select * from churn where account_id = :accountId order by recorded_at desc, id desc
