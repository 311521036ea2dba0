select next_send_at from outbox_channel where channel = :channel
