insert into outbox (dedupe_key, kind, channel, target_key, payload, status, attempts, next_attempt_at, created_at)
values (?, 'slack.post', ?, ?, ?, 'pending', 0, ?, ?)
on conflict do nothing
