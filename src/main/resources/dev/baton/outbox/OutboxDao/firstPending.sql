-- The earliest due pending rows in the order of outbox_due_order, so H2 reads the index head and stops.
select next_attempt_at, lease_until from outbox where status = 'pending'
order by status, next_attempt_at, id limit :limit
