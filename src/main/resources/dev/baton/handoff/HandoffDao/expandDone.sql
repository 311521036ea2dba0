update handoff set expand_done_at = :now, expand_done_by = :by where account_id = :accountId and expand_done_at is null
