-- The conditions sit inside a CASE so H2 looks the row up by id: given status and next_attempt_at it scanned
-- the outbox_due index over every due row instead, which made each claim slow under a large backlog.
-- A lease still set here ran out without a result (its sender died mid-send): that attempt is in doubt.
-- (Every right-hand side reads the row as it was before this update.)
update outbox set claimed_by = :owner, lease_until = :leaseUntil, claimed_at = :now,
    doubt_since = coalesce(doubt_since, case when lease_until is not null then claimed_at end)
where id = :id
  and (case when status = 'pending' and next_attempt_at <= :now and (lease_until is null or lease_until < :now)
       then 1 else 0 end) = 1
