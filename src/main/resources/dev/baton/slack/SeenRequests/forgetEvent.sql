delete from slack_event_seen where event_id = :eventId
