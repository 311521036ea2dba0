insert into slack_request_seen (signature, seen_at) values (:signature, :at) on conflict do nothing
