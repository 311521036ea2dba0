update home_publish_pace set next_at = :nextAt where id = 1
