-- App Home's Leaders section (issue 17): the team view (per person: accounts, overdue steps, reds) and the health
-- bands aggregate every account, which took seconds on each leader's open (docs/performance.md, HomeBenchmark).
-- A tick computes them here instead, one instance per round (the claim on home_summary_run), and every instance's
-- leaders read the same rows. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
create table home_team_summary (
    person    varchar(32) primary key,
    accounts  integer not null,
    overdue   integer not null,              -- pending timeline steps of their accounts due before the day began
    reds      integer not null
);
create index home_team_summary_order on home_team_summary (reds, accounts);

create table home_band_summary (
    band      varchar(8) primary key,        -- green, yellow, red, none (no score yet)
    accounts  integer not null
);

-- One row: when the summaries were last computed (null: never yet). The update that moves it is the claim.
create table home_summary_run (
    id           integer primary key,
    computed_at  timestamp with time zone
);
insert into home_summary_run (id, computed_at) values (1, null);

-- The health recompute reads each account's first uses (adoption): PostgreSQL does not index a foreign key by itself,
-- so each read scanned every first use (docs/performance.md, HealthBenchmark). H2 keeps its own foreign key index
-- on account_id beside this one; with feature_key in it, PostgreSQL answers the read from the index alone.
create index usage_first_use_account_feature on usage_first_use (account_id, feature_key);
