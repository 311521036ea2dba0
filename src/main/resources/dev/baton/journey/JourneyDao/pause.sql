update journey_enrolment set paused_by = :by, paused_at = :now
where account_id = :accountId and journey = :journey and paused_at is null
