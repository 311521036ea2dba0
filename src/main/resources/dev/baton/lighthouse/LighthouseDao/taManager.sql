select ta_manager from account where id = :accountId and ta_manager is not null
