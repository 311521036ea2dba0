-- Account health (issue 17): each account's active users per week, taken from its latest seat report when the
-- score is recomputed, for the engagement component's four-week trend (usage_seat_state keeps only the last).
create table account_active_week (
    account_id    bigint not null references account (id) on delete cascade,
    week_start    date not null,             -- the Monday of the report's week, in BATON_TIMEZONE
    active_users  integer not null,
    primary key (account_id, week_start)
);

-- Accounts whose health inputs changed since their score was computed: the writers of those inputs (seat reports,
-- first uses, contacts, CRM changes, assessments) only mark the account here, in their own transaction; the
-- recompute claims marks older than the debounce (claimed_by/lease_until, like the outbox and the timeline) and
-- removes a mark only if it was not marked again meanwhile (marks unchanged).
create table account_health_dirty (
    account_id   bigint primary key references account (id) on delete cascade,
    marked_at    timestamp with time zone not null,   -- the latest mark: the debounce waits from here
    first_marked timestamp with time zone not null,   -- the oldest unprocessed mark: bounds the wait
    marks        integer not null default 1,          -- bumped by every mark, so a recompute sees a mark it missed
    claimed_by   varchar(64),
    lease_until  timestamp with time zone
);
create index account_health_dirty_due on account_health_dirty (marked_at);
