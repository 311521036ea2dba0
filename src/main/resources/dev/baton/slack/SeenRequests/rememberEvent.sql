insert into slack_event_seen (event_id, seen_at) values (:eventId, :at) on conflict do nothing
