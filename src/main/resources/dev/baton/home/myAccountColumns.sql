-- The columns of App Home's "My accounts" (over account a, account_health h, lighthouse_program lp): the account with its health (latest score, last week's snapshot for the trend), its latest renewal rating, how
-- far its hand-off is, and its Lighthouse plan. Put in by name (store/SqlFiles).
a.id, a.name, a.crm_id, a.ae, a.ce, a.ta, a.expand_ae, a.renewal_date, a.roles_covered_at,
h.score, h.band,
(select w.score from account_health_week w where w.account_id = a.id and w.week_start < :weekStart
 order by w.week_start desc limit 1) as previous_score,
(select r.rating from renewal_cycle r where r.account_id = a.id order by r.renewal_date desc limit 1) as rating,
(select (case when ho.kt_at is null then 0 else 1 end) + (case when ho.closed_won_at is null then 0 else 1 end)
      + (case when ho.license_recorded_by is null then 0 else 1 end)
      + (case when ho.welcome_sent_at is null then 0 else 1 end)
      + (case when ho.expand_done_at is null then 0 else 1 end)
 from handoff ho where ho.account_id = a.id) as handoff_done,
lp.plan_status as lighthouse, lp.sponsor
