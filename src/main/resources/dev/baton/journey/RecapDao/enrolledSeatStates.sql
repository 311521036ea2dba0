select s.account_id, s.active_users, s.seats_purchased, s.as_of
from usage_seat_state s
where s.as_of is not null and exists (select 1 from journey_enrolment e where e.account_id = s.account_id)
