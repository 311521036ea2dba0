insert into lighthouse_exit_proposal (nomination_id, proposed_by, proposed_at, note, status)
values (:nominationId, :by, :now, :note, 'open')
