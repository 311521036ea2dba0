delete from slack_event_seen where seen_at < :before
