select <seatStateColumns> from usage_seat_state where account_id = :accountId
