insert into lighthouse_nomination (account_id, cycle_id, nominated_by, nominated_at, reason, status)
select :accountId, :cycleId, :by, :now, :reason, 'nominated'
where not exists (select 1 from lighthouse_nomination where cycle_id = :cycleId)
