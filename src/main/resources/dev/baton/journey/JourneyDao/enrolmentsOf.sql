select e.account_id, e.journey, a.name as account_name, a.closed_won_date, e.enrolled_at, e.enrolled_on, a.ta, a.ce,
       a.ae, a.service_model, e.paused_by
from journey_enrolment e join account a on a.id = e.account_id
where e.account_id = :accountId
order by e.journey
