update lighthouse_program set presented_on = :syncDate where nomination_id = :nominationId and presented_on is null
