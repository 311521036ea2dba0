-- The weekly active users of the four weeks before this one and this one, oldest first.
select active_users from account_active_week
where account_id = :accountId and week_start >= :since order by week_start
