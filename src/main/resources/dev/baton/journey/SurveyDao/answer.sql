insert into survey_answer (account_id, contact_id, contact, message_id, score, comment, answered_at)
values (:accountId, :contactId, :contact, :messageId, :score, :comment, :now)
on conflict do nothing
