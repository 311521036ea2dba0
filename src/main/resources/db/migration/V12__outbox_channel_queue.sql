-- Usage ingestion speed (issue 5). Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- The send slot given to the last post queued in bulk for the channel (Outbox.Poster#postAllPaced): a batch
-- of posts takes the slots after it when it is queued, so the sender finds each post due at its own slot
-- instead of finding thousands due at once and rewriting every one of them to spread them out.
alter table outbox_channel add column queued_until timestamp with time zone;
