update renewal_cycle
set status = 'processed', processed_outcome = :outcome, processed_arr_after_cents = :arrAfter,
    processed_seats_after = :seatsAfter, processed_on = :on, processed_by = :by, processed_at = :now, updated_at = :now
where id = :id and status = 'open'
