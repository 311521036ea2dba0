select journey, paused_at from journey_enrolment where account_id = :accountId order by journey
