-- The conversation id Slack answered for an earlier post to this channel name or user id (a DM's D… id).
select sent_channel from outbox where channel = :channel and status = 'sent' and sent_channel is not null
limit 1
