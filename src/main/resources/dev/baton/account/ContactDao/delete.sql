delete from contact where account_id = :accountId and id = :id
