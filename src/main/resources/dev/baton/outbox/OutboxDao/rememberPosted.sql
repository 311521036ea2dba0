insert into slack_message (target_key, channel, ts, posted_at) values (:targetKey, :channel, :ts, :now)
on conflict do nothing
