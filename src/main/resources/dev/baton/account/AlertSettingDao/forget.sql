delete from user_alert_setting where slack_user = :userId and alert = :alert
