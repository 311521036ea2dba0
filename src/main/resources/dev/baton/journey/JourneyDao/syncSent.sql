update journey_message set status = 'sent', status_at = :now
where status = 'pending' and outbox_key in (select dedupe_key from outbox where status = 'sent' and kind = 'email')
