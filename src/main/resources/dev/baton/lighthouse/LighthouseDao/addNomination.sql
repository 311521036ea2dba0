insert into lighthouse_nomination (account_id, cycle_id, nominated_by, nominated_at, reason, status)
values (:accountId, null, :by, :now, :reason, 'enrolled')
