insert into outbox (dedupe_key, kind, channel, target_key, payload, status, attempts, next_attempt_at, created_at)
values (:dedupeKey, :kind, :channel, :targetKey, :payload, 'pending', 0, :notBefore, :now)
on conflict do nothing
