insert into lighthouse_sync (sync_date, phase, claimed_by, claimed_at)
select :syncDate, :phase, :by, :now
where not exists (select 1 from lighthouse_sync where sync_date = :syncDate and phase = :phase)
