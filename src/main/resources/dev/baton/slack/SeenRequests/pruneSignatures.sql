delete from slack_request_seen where seen_at < :before
