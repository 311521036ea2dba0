-- A late event earlier than the stored first use moves it back (no second alert).
update usage_first_at set first_at = :firstAt where first_use_id = :firstUseId and first_at > :firstAt
