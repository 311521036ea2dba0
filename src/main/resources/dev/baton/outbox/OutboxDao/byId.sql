select id, dedupe_key, kind, channel, target_key, payload, status, attempts, next_attempt_at, last_error, sent_channel, sent_ts, created_at, sent_at, doubt_since from outbox where id = :id
