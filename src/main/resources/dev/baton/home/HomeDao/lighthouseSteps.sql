-- The open Lighthouse save-plan steps the user owns that are due on or before :today.
select s.id, p.account_id, a.name as account_name, s.action, s.due_on
from lighthouse_step s
join lighthouse_program p on p.nomination_id = s.nomination_id
join account a on a.id = p.account_id
where s.owner = :userId and s.done_at is null and p.exited_at is null and s.due_on <= :today
order by s.due_on, s.id
limit :limit
