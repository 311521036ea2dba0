-- A renewal cycle with its account's name, team, ARR and seats (RenewalCycle).
c.id, c.account_id, a.name as account_name, a.crm_id, a.ae, a.ae_manager, a.arr_cents, a.seats_purchased as seats,
c.renewal_date, c.status, c.rating, c.forecast_outcome, c.forecast_arr_after_cents, c.forecast_reason, c.forecast_by,
c.forecast_at, c.forecast_rating, c.processed_outcome, c.processed_on, c.churn_id
