delete from user_quiet_hours where slack_user = :userId
