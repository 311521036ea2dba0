update lighthouse_program set not_yet_reason = :reason where nomination_id = :nominationId
