insert into usage_seat_state (account_id, state, updated_at) values (:accountId, 'healthy', :now)
on conflict do nothing
