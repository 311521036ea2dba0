-- The team view's counts (see TeamSummary): per person on any account's team, how many accounts and how many of
-- them are red.
select p.person, count(*) as accounts, sum(case when h.band = 'red' then 1 else 0 end) as reds
from (select id as account_id, ae as person from account where ae is not null
      union all select id, ce from account where ce is not null
      union all select id, ta from account where ta is not null
      union all select id, expand_ae from account where expand_ae is not null) p
left join account_health h on h.account_id = p.account_id
group by p.person
