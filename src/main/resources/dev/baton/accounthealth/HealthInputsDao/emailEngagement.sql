-- The account's journey emails sent since :since, and how many of them were opened or clicked.
select count(*) as sent, coalesce(sum(case when opens > 0 or clicks > 0 then 1 else 0 end), 0) as engaged
from journey_message where account_id = :accountId and status = 'sent' and status_at >= :since
