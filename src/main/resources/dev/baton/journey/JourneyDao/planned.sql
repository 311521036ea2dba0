select count(*) > 0 from journey_message
where contact_id = :contactId and journey = :journey and step = :step and occurrence = :occurrence
