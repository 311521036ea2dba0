-- Exactly once across a crash (issue 13). Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

-- When the sender's current attempt began (set with the lease).
alter table outbox add column claimed_at timestamp with time zone;
-- The start of the earliest attempt whose outcome is unknown: the sender was killed mid-send (its lease ran
-- out unrecorded) or the call timed out. Slack may already hold the post, so the sender looks for it, by the
-- metadata every post carries, before sending again. Null when every earlier attempt is known to have failed.
alter table outbox add column doubt_since timestamp with time zone;
