-- Puts a due row back for its channel's send slot without claiming it; 0 when another sender got there first.
-- The conditions sit inside a CASE so H2 looks the row up by id (see claim.sql).
update outbox set next_attempt_at = :until, last_error = :reason
where id = :id
  and (case when status = 'pending' and next_attempt_at <= :now and (lease_until is null or lease_until < :now)
       then 1 else 0 end) = 1
