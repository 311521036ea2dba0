update outbox_channel set next_send_at = :until where channel = :channel and next_send_at < :until
