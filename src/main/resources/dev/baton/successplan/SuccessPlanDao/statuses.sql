select a.id as account_id, a.name, p.id as plan_id
from account a left join success_plan p on p.account_id = a.id and p.quarter = :quarter
where :everyAccount = true or a.ta = :userId
order by a.name_key, a.id
limit :limit
