select id, account_id, name, title, email, roles, instance_admin from contact where account_id = :accountId
