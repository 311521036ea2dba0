-- status leads the order (it is one value here) so H2 walks outbox_due_order in order and stops at the limit.
select id, kind, channel, (payload like '%thread_target%') as mentions_thread
from outbox where status = 'pending' and next_attempt_at <= :now and (lease_until is null or lease_until < :now)
order by status, next_attempt_at, id limit :limit
