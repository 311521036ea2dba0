delete from lighthouse_criterion where nomination_id = :nominationId
