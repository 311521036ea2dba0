select id, account_id, contact_id, journey, step, occurrence, email, send_day, outbox_key, status, status_note
from journey_message where lower(email) = :email and status in ('pending', 'sent')
order by id desc
limit 20
