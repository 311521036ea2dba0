-- Account health (issue 17). The latest score of each account, with the components it was made of, and one
-- snapshot a week for the trend. The health workflow writes these; App Home and the CRM API read them.
create table account_health (
    account_id   bigint primary key references account (id) on delete cascade,
    score        integer,                   -- 0..100; null while no input is known
    band         varchar(8),                -- green, yellow, red; null with the score
    components   varchar(4000) not null,    -- JSON object: component name -> 0..100, only those with an input
    missing      varchar(400) not null,     -- comma-separated names of the components left out for want of input
    computed_at  timestamp with time zone not null
);
create index account_health_band on account_health (band, score);

create table account_health_week (
    account_id   bigint not null references account (id) on delete cascade,
    week_start   date not null,             -- the Monday of the week, in BATON_TIMEZONE
    score        integer,
    band         varchar(8),
    components   varchar(4000) not null,
    primary key (account_id, week_start)
);

-- The product version the account runs, from the CRM or the product (the health score's version currency).
alter table account add column product_version varchar(64);

-- Which alerts a person wants as DMs for the accounts they own (App Home's "My settings"). No row: the default
-- of that alert (band changes: all; first uses and seat states: none, since those are posted in the channel).
create table user_alert_setting (
    slack_user  varchar(32) not null,
    alert       varchar(32) not null,       -- band-change, first-use, seat-state
    choice      varchar(8) not null,        -- all, red (only for accounts in the red band), none
    updated_at  timestamp with time zone not null,
    primary key (slack_user, alert)
);
