select slack_user, choice from user_alert_setting where alert = :alert
