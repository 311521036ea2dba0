-- A person's own quiet hours (App Home's "My settings", issue 17), overriding the working hours (Monday to Friday,
-- 09:00 to 18:00 in their time zone) that the timeline's reminders and Baton's DMs wait for. Quiet from
-- quiet_from until quiet_until the next morning, as minutes of the day in the person's zone; weekends_quiet holds
-- Saturday and Sunday too. No row: the working hours.
create table user_quiet_hours (
    slack_user          varchar(32) primary key,
    quiet_from_minute   integer not null,
    quiet_until_minute  integer not null,
    weekends_quiet      boolean not null,
    updated_at          timestamp with time zone not null,
    check (quiet_until_minute >= 0 and quiet_until_minute < quiet_from_minute and quiet_from_minute <= 1440)
);
