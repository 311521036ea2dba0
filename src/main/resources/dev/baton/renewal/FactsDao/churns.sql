select kind, arr_before_cents, arr_after_cents, seats_before, seats_after, effective_date, category from churn
where account_id = :accountId order by recorded_at desc, id desc
