-- The replay guard inserts one row per Slack request, so that row is made as cheap as it can be: keyed by 64
-- bits of a SHA-256 of the signature (a bigint key is H2's row key itself, where the varchar key was a second
-- unique index), and without the seen_at index (pruning every five minutes scans a ten-minute window instead).
-- The old rows only guard the last five minutes; they are not carried over.
drop table slack_request_seen;

create table slack_request_seen (
    signature_key bigint primary key,
    seen_at       timestamp with time zone not null
);
