update renewal_cycle
set forecast_outcome = :outcome, forecast_arr_after_cents = :arrAfter, forecast_reason = :reason, forecast_by = :by,
    forecast_at = :now, forecast_rating = rating, updated_at = :now
where id = :id and status = 'open'
