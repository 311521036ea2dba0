-- A refresh already due joins this change: its due time stays (a debounce, not a postponement), its count moves on.
update home_refresh set marks = marks + 1 where slack_user = :userId
