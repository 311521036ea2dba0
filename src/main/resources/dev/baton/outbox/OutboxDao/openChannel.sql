insert into outbox_channel (channel, next_send_at) values (:channel, :epoch) on conflict do nothing
