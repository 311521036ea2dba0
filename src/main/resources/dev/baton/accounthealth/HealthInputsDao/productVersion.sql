select product_version from account where id = :accountId
