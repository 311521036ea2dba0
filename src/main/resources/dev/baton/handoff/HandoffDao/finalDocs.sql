select count(*) from handoff_doc where account_id = :accountId and status = 'final'
