select alert, choice from user_alert_setting where slack_user = :userId
