-- The leaders' team view: per person, the pending timeline steps of their accounts due before :before.
select p.person, count(*) as overdue
from (select id as account_id, ae as person from account where ae is not null
      union all select id, ce from account where ce is not null
      union all select id, ta from account where ta is not null
      union all select id, expand_ae from account where expand_ae is not null) p
join due_step d on d.account_id = p.account_id and d.status = 'pending' and d.due_at < :before
group by p.person
