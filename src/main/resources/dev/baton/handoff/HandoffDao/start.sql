insert into handoff (account_id, started_by, started_at) values (:accountId, :by, :now) on conflict do nothing
