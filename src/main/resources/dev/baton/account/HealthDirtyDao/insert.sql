insert into account_health_dirty (account_id, marked_at, first_marked, marks) values (:accountId, :now, :now, 1)
on conflict do nothing
