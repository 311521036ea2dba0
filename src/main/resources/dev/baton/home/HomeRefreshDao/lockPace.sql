-- Held until the reserving transaction commits, so every instance's publishes take consecutive slots.
select next_at from home_publish_pace where id = 1 for update
