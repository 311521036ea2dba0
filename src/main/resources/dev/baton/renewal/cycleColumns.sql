-- The columns of a renewal_cycle row as Cycle reads them, put in where a statement in this package says <cycleColumns>.
id, account_id, renewal_date, status, rating, rating_agreed_by, rating_agreed_at, changes_unagreed, forecast_outcome,
forecast_arr_after_cents, forecast_reason, forecast_by, forecast_at, forecast_rating, processed_outcome,
processed_arr_after_cents, processed_seats_after, processed_on, processed_by, processed_at, churn_id, created_at,
updated_at
