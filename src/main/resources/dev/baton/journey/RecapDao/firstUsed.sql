select f.feature from usage_first_use f join usage_first_at t on t.first_use_id = f.id
where f.account_id = :accountId and t.first_at >= :from and t.first_at < :to
order by t.first_at, f.feature
