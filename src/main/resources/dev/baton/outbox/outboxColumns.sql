-- The columns of a row as OutboxMessage holds them, put in where a statement in this package says <outboxColumns>
-- (see store/SqlFiles).
id, dedupe_key, kind, channel, target_key, payload, status, attempts, next_attempt_at, last_error, sent_channel,
sent_ts, created_at, sent_at, doubt_since, request_id
