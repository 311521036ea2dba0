-- The name Slack shows for a user, kept with the time zone users.info gave (issue 6: the retro PDF names
-- people instead of showing their Slack ids). Null until Baton has asked Slack about the user.
alter table slack_user_zone add column display_name varchar(200);
