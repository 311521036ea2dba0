-- Held until the queuing transaction commits, so concurrent bulk queues take consecutive slots.
select next_send_at, queued_until from outbox_channel where channel = :channel for update
