update outbox_channel set next_send_at = :nextSendAt where channel = :channel and next_send_at <= :now
