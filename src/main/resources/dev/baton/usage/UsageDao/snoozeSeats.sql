update usage_seat_state set snoozed_until = :until, updated_at = :now where account_id = :accountId
