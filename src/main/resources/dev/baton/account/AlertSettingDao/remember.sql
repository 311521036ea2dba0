insert into user_alert_setting (slack_user, alert, choice, updated_at) values (:userId, :alert, :choice, :now)
