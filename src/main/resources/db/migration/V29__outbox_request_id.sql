-- The id of the Slack request whose change queued an outbox row (null for rows queued by the timeline, the API or
-- a job), so the log line of the send names the request that caused it (BATON_LOG_FORMAT=json: request_id).
alter table outbox add column request_id varchar(32);
