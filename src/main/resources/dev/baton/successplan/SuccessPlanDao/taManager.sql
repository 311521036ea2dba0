select ta_manager from account where id = :accountId
