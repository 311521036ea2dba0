update journey_message set status = 'failed', status_at = :now
where status = 'pending'
  and outbox_key in (select dedupe_key from outbox where status in ('dead', 'dropped') and kind = 'email')
