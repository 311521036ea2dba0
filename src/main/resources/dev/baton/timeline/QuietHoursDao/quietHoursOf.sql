select quiet_from_minute, quiet_until_minute, weekends_quiet from user_quiet_hours where slack_user = :userId
