select state from home_viewer where slack_user = :userId
