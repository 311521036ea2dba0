insert into user_quiet_hours (slack_user, quiet_from_minute, quiet_until_minute, weekends_quiet, updated_at) values (:userId, :fromMinute, :untilMinute, :weekendsQuiet, :now)
