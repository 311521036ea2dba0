select choice from user_alert_setting where slack_user = :user and alert = :alert
