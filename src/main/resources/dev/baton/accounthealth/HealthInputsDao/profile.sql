-- The account's segment (whose peers make its adoption catalogue) and the product version it runs.
select segment, product_version from account where id = :accountId
