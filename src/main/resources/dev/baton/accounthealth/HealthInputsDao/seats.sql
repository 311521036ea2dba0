select active_users, seats_purchased, as_of from usage_seat_state where account_id = :accountId and as_of is not null
