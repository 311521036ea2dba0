update lighthouse_program set exited_at = :now where nomination_id = :nominationId and exited_at is null
