update journey_message set status = 'bounced', status_note = :note, status_at = :now
where id = :id and status <> 'bounced'
