-- The account's weekly snapshots, newest first.
select week_start, score, band from account_health_week where account_id = :accountId
order by week_start desc limit :limit
