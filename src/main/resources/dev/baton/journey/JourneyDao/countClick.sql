update journey_message set clicks = clicks + 1 where id = :id
