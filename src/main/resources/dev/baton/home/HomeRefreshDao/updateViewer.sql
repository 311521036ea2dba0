update home_viewer set state = :state, opened_at = :now where slack_user = :userId
