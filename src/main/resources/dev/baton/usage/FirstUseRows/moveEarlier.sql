-- A late event earlier than the stored first use moves it back (no second alert).
update usage_first_at set first_at = ? where first_use_id = ? and first_at > ?
