-- The outbox's depth for GET /metrics (cached by OutboxBacklog): pending rows, dead letters, the oldest pending.
select count(case when status = 'pending' then 1 end) as pending,
       count(case when status = 'dead' then 1 end) as dead,
       min(case when status = 'pending' then created_at end) as oldest_created_at
from outbox where status in ('pending', 'dead')
