-- The pending timeline steps of the user's accounts that are due before :until (the end of the user's day).
select d.id, d.account_id, a.name as account_name, d.step, d.due_at
from (<myAccountIds>) mine
join due_step d on d.account_id = mine.id
join account a on a.id = d.account_id
where d.status = 'pending' and d.due_at < :until
order by d.due_at, d.id
limit :limit
