-- Usage ingestion speed (issue 5). Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- The outbox sender's due query ("order by status, next_attempt_at, id") reads this index alone and in
-- order: H2 stops after the batch it asked for. With outbox_due (status, next_attempt_at) H2 read and sorted
-- every due row, and their payloads, on every pass, which under a backlog of 50,000 alerts cost more than
-- ingesting them. The index serves the next-due-time query too, so outbox_due goes.
create index outbox_due_order on outbox (status, next_attempt_at, id, lease_until);
drop index outbox_due;

-- First uses keyed by one column, '<account id>:<feature key>'. H2 always adds an index of its own for the
-- foreign key on account_id, and with (account_id, feature_key) as the key it picked that index whenever its
-- statistics (taken from the first rows stored) rated account_id as selective as the key: every first_at
-- update then read all of the account's first uses. With one key column only the key can find the row.
create table usage_first_use_keyed (
    pair_key     varchar(230) not null,
    account_id   bigint not null,
    feature_key  varchar(200) not null,
    feature      varchar(200) not null,
    first_at     timestamp with time zone not null,
    recorded_at  timestamp with time zone not null,
    constraint usage_first_use_pair primary key (pair_key),
    constraint usage_first_use_account foreign key (account_id) references account (id) on delete cascade
);
insert into usage_first_use_keyed (pair_key, account_id, feature_key, feature, first_at, recorded_at)
select cast(account_id as varchar(20)) || ':' || feature_key, account_id, feature_key, feature, first_at, recorded_at
from usage_first_use;
drop table usage_first_use;
alter table usage_first_use_keyed rename to usage_first_use;
