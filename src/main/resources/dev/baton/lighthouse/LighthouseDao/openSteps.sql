select s.id, s.nomination_id, s.criterion_position, s.position, s.action, s.owner, s.due_on, s.done_at, s.done_by
from lighthouse_step s join lighthouse_program p on p.nomination_id = s.nomination_id
where p.account_id = :accountId and p.exited_at is null and s.done_at is null
order by s.due_on, s.criterion_position, s.position
