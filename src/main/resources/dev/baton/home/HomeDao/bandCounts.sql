-- How many accounts are in each health band (null: no score yet), for the leaders' health overview.
select coalesce(h.band, 'none') as band, count(*) as accounts
from account a left join account_health h on h.account_id = a.id
group by coalesce(h.band, 'none')
