update journey_enrolment set paused_by = null, paused_at = null
where account_id = :accountId and journey = :journey and paused_at is not null
