insert into account_health_dirty (account_id, marked_at) values (:accountId, :now) on conflict do nothing
