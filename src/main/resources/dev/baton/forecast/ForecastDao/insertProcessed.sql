insert into renewal_cycle (account_id, renewal_date, status, processed_outcome, processed_arr_after_cents,
                           processed_seats_after, processed_on, processed_by, processed_at, created_at, updated_at)
values (:accountId, :renewalDate, 'processed', :outcome, :arrAfter, :seatsAfter, :on, :by, :now, :now, :now)
on conflict do nothing
