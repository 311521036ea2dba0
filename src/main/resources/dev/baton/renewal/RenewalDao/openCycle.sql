insert into renewal_cycle (account_id, renewal_date, status, created_at, updated_at)
values (:accountId, :renewalDate, 'open', :now, :now)
on conflict do nothing
