update journey_usage_month set active_users = :activeUsers, seats_purchased = :seats
where account_id = :accountId and usage_month = :month
