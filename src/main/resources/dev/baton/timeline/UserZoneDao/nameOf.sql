select display_name from slack_user_zone where user_id = :userId and display_name is not null
