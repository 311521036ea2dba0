select marks from home_refresh where slack_user = :userId and claimed_by = :owner
