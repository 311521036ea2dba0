-- The columns of a row as SeatState holds them, put in where a statement in this package says <seatStateColumns>
-- (see store/SqlFiles).
account_id, state, active_users, seats_purchased, as_of, alert_id, snoozed_until, updated_at
