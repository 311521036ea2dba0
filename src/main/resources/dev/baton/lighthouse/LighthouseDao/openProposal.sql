select id, nomination_id, proposed_by, proposed_at, note, status from lighthouse_exit_proposal where nomination_id = :nominationId and status = 'open' order by proposed_at desc, id desc limit 1
