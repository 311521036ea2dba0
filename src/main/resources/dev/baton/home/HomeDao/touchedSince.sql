-- Who each change since :afterId concerns: who made it, and the team and Lighthouse sponsor of its account.
select l.id, l.actor, a.ae, a.ce, a.ta, a.expand_ae, lp.sponsor
from audit_log l
left join account a on a.id = l.account_id
left join lighthouse_program lp on lp.account_id = l.account_id and lp.exited_at is null
where l.id > :afterId
order by l.id
limit :limit
