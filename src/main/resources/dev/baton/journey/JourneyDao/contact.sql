select id, account_id, name, email, roles, time_zone, unsubscribed_at, bounced_at, bounce_reason
from contact where id = :id
