update outbox set status = 'dropped', lease_until = null where id = :id and status = 'dead'
