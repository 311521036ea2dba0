select id, nomination_id, proposed_by, proposed_at, note, status from lighthouse_exit_proposal where id = :id
