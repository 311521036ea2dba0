-- The contacts still owed one occurrence of a step: enrolled and not paused, holding the role, neither unsubscribed
-- nor bounced, and no journey_message yet for that step and occurrence. The step's timing narrows the enrolments:
-- an offset step by closed-won date (:timed), the monthly recap by entry day, a release by entry time. One query per
-- step, role and occurrence, so a tick with nothing new reads no account one by one.
select a.name as account_name, e.enrolled_on, a.closed_won_date, c.id, c.account_id, c.name, c.email, c.roles,
       c.time_zone
from journey_enrolment e
join account a on a.id = e.account_id
join contact c on c.account_id = e.account_id
where e.journey = :journey and e.paused_at is null
  and (:timed = false or a.closed_won_date between :closedWonFrom and :closedWonTo)
  and e.enrolled_on < :enrolledBefore
  and e.enrolled_at <= :enrolledBy
  and c.roles like :role
  and c.unsubscribed_at is null and c.bounced_at is null
  and not exists (select 1 from journey_message m
                  where m.contact_id = c.id and m.journey = :journey and m.step = :step and m.occurrence = :occurrence)
order by c.account_id, c.id
