delete from slack_request_seen where signed_at < :before
