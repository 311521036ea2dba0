select id, bounced_at, bounce_reason, unsubscribed_at from contact
where account_id = :accountId and (bounced_at is not null or unsubscribed_at is not null)
order by id
