select id from outbox where status = 'pending' and next_attempt_at <= :now and (lease_until is null or lease_until < :now) order by next_attempt_at, id limit :limit
