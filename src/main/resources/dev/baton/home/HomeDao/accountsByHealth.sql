-- My accounts, the least healthy first (no score yet last).
select <myAccountColumns>
from (<myAccountIds>) mine
join account a on a.id = mine.id
left join account_health h on h.account_id = a.id
left join lighthouse_program lp on lp.account_id = a.id and lp.exited_at is null
order by case when h.score is null then 1 else 0 end, h.score, a.name_key, a.id
limit :limit offset :offset
