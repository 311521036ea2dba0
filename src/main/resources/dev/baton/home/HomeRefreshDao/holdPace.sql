-- After a 429: nobody publishes before its Retry-After.
update home_publish_pace set next_at = :until where id = 1 and next_at < :until
