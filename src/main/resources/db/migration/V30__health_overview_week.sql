-- The weekly health overview (issue 17): one row per week it was posted in (the Monday, in BATON_TIMEZONE), inserted
-- in the transaction that queues the post, so the overview goes out once across instances and restarts; it keeps the
-- overview posted (JSON, account/HealthOverview), which App Home's Leaders section shows until the next week's.
create table health_overview_week (
    week_start  date primary key,
    posted_at   timestamp with time zone not null,
    overview    varchar(200000) not null
);
