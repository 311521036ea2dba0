select a.id as account_id, a.name, a.renewal_date, a.arr_cents, c.id as cycle_id, c.rating, c.rating_agreed_at,
       c.forecast_outcome, c.forecast_arr_after_cents, c.forecast_rating, s.status as assessment_status,
       s.overall_rating,
       (select count(*) from save_plan p where p.cycle_id = c.id) as save_plans,
       (select max(k.at) from renewal_check_in k where k.cycle_id = c.id) as last_check_in
from account a
left join renewal_cycle c on c.account_id = a.id and c.status = 'open'
left join renewal_assessment s on s.cycle_id = c.id
where a.renewal_date is not null and a.renewal_date <= :until
  and not exists (select 1 from renewal_cycle d
                  where d.account_id = a.id and d.renewal_date = a.renewal_date and d.status = 'processed')
  and (:everyone or :userId in (a.ae, a.ta, a.ce, a.ae_manager))
order by a.renewal_date, a.name_key, a.id
limit :limit
