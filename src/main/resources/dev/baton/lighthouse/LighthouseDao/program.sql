select nomination_id, account_id, entered_at, sponsor, problem, goal, plan_status, plan_saved_at, not_yet_reason, presented_on, exited_at from lighthouse_program where nomination_id = :nominationId
