select min(case when lease_until is not null and lease_until > next_attempt_at then lease_until else next_attempt_at end)
from outbox where status = 'pending'
