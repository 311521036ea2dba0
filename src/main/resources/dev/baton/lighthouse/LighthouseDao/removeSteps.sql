delete from lighthouse_step where nomination_id = :nominationId
