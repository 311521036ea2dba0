insert into journey_usage_month (account_id, usage_month, active_users, seats_purchased)
values (:accountId, :month, :activeUsers, :seats)
on conflict do nothing
