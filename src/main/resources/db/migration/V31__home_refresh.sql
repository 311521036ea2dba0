-- App Home's refreshes, shared by every instance on the database (issue 17): who has opened the tab and what they
-- were looking at, the homes a change marked for a refresh (published by one instance after the debounce, claimed
-- with a lease, so a crash loses none), the one pace every instance's views.publish keeps, and how far the audit log
-- has been followed for the changes it records.
create table home_viewer (
    slack_user  varchar(32) primary key,
    state       varchar(200) not null,                -- HomeState.encode(): the order and pages shown
    opened_at   timestamp with time zone not null
);

create table home_refresh (
    slack_user   varchar(32) primary key,
    due_at       timestamp with time zone not null,   -- the first mark plus the debounce: later marks join it
    marks        integer not null default 1,          -- bumped by every mark, so a publish sees a mark it missed
    claimed_by   varchar(64),
    lease_until  timestamp with time zone
);
create index home_refresh_due on home_refresh (due_at);

-- One row: the next moment any instance may call views.publish (Slack's Tier 4 rate, for the whole app).
create table home_publish_pace (
    id       integer primary key,
    next_at  timestamp with time zone not null
);
insert into home_publish_pace (id, next_at) values (1, timestamp with time zone '2000-01-01 00:00:00+00');

-- One row: the last audit_log id whose changes were marked; from the log's end when this migration ran.
create table home_audit_cursor (
    id             integer primary key,
    last_audit_id  bigint not null
);
insert into home_audit_cursor (id, last_audit_id) select 1, coalesce(max(id), 0) from audit_log;

-- Today lists each person's churn retro calls to action and success-plan actions by owner.
create index churn_action_owner on churn_action (owner, due_date);
create index success_action_owner on success_action (owner, due_date);
