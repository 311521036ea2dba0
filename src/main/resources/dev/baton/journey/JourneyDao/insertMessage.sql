insert into journey_message (account_id, contact_id, journey, step, occurrence, email, send_day, outbox_key, status,
                             created_at, status_at)
values (:accountId, :contactId, :journey, :step, :occurrence, :email, :day, :outboxKey, 'pending', :now, :now)
