update handoff set closed_won_at = :now, closed_won_by = :by, close_override = :override where account_id = :accountId and closed_won_at is null
