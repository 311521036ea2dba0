select active_users, seats_purchased from journey_usage_month where account_id = :accountId and usage_month = :month
