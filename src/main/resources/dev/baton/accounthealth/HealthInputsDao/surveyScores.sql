-- The account's journey survey answers (0..10) since :since, for the engagement component's survey signal.
select score from survey_answer where account_id = :accountId and answered_at >= :since
