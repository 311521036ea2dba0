insert into lighthouse_program (nomination_id, account_id, entered_at, plan_status)
values (:nominationId, :accountId, :now, 'none')
