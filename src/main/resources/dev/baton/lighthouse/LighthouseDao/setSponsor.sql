update lighthouse_program set sponsor = :sponsor where nomination_id = :nominationId
