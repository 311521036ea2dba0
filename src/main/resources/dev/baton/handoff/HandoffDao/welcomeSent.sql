update handoff set welcome_sent_at = :now where account_id = :accountId and welcome_sent_at is null
