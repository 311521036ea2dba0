insert into outbox (dedupe_key, kind, channel, target_key, payload, status, attempts, next_attempt_at, created_at,
                    request_id)
values (:dedupeKey, :kind, :channel, :targetKey, :payload, 'pending', 0, :notBefore, :now, :requestId)
on conflict do nothing
