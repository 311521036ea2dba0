delete from slack_user_zone where user_id = :userId
