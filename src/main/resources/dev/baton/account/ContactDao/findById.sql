select id, account_id, name, title, email, roles, instance_admin, time_zone from contact where account_id = :accountId and id = :id
