update outbox_channel set queued_until = :until where channel = :channel
