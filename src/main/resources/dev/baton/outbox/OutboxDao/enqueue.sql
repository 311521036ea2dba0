insert into outbox (dedupe_key, kind, channel, payload, status, attempts, next_attempt_at, created_at)
values (:dedupeKey, :kind, :channel, :payload, 'pending', 0, :now, :now)
on conflict do nothing
