-- The account of a journey email just opened or clicked for the first time (its first open or click), else nothing.
select account_id from journey_message where id = :id and opens + clicks = 1
