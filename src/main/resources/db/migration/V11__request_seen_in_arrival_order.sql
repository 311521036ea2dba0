-- The replay guard's rows now go in the order requests arrive: keyed by the request's signed timestamp (the
-- X-Slack-Request-Timestamp header, which a replay repeats, as the signature covers it) and then the 64-bit
-- signature key. Keyed by the signature key alone, every insert landed on a random page of the table, so H2's
-- writer rewrote nearly the whole table each second; those pages lived just long enough to be copied by every
-- young collection, which was most of the Java GC pause on the /roles benchmark (15-40 ms every 1.5 s).
-- Pruning now reads the key's first column. As with V8, the last five minutes of rows are not carried over.
drop table slack_request_seen;

create table slack_request_seen (
    signed_at      bigint not null,
    signature_key  bigint not null,
    primary key (signed_at, signature_key)
);
