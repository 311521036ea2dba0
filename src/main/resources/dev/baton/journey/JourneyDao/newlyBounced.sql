select m.id, m.account_id, m.contact_id, m.journey, m.step, m.occurrence, m.email, m.send_day, m.outbox_key, m.status,
       o.last_error as status_note
from journey_message m join outbox o on o.dedupe_key = m.outbox_key
where m.status = 'pending' and o.status = 'bounced'
order by m.id
