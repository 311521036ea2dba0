update journey_message set opens = opens + 1 where id = :id
