select account_id, state, active_users, seats_purchased, as_of, alert_id, snoozed_until, updated_at from usage_seat_state where account_id = :accountId
