update usage_seat_state set state = :state, active_users = :activeUsers, seats_purchased = :seatsPurchased,
    as_of = :asOf, alert_id = :alertId, updated_at = :now
where account_id = :accountId
