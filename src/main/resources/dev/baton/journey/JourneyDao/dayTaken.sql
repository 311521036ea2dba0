select count(*) > 0 from journey_message where contact_id = :contactId and send_day = :day
