update handoff set welcome_drafted_at = :now where account_id = :accountId and welcome_drafted_at is null
