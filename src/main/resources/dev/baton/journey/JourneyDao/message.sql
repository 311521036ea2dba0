select id, account_id, contact_id, journey, step, occurrence, email, send_day, outbox_key, status, status_note
from journey_message where id = :id
