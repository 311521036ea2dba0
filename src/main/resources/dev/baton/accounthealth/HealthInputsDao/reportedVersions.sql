select distinct product_version from account where product_version is not null
