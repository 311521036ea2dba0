-- The features the account has used (its first uses).
select feature_key from usage_first_use where account_id = :accountId
