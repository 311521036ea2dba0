insert into success_relationship (plan_id, position, contact_id, sentiment, champion, why, win)
values (:planId, :position, :contactId, :sentiment, :champion, :why, :win)
