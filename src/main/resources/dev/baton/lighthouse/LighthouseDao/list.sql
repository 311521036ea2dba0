select a.id as account_id, a.name, a.arr_cents, a.renewal_date, p.entered_at, p.sponsor,
       (select count(*) from lighthouse_criterion c where c.nomination_id = p.nomination_id and c.met) as criteria_met,
       (select count(*) from lighthouse_criterion c where c.nomination_id = p.nomination_id) as criteria_total,
       (select max(u.at) from lighthouse_update u where u.nomination_id = p.nomination_id) as last_update_at,
       coalesce(:userId in (a.ae, a.ta, a.ce, a.expand_ae) or :userId = p.sponsor, false) as mine
from lighthouse_program p join account a on a.id = p.account_id
where p.exited_at is null
order by mine desc, a.name_key, a.id
limit :limit
