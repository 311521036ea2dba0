select id, account_id, cycle_id, nominated_by, nominated_at, reason, status from lighthouse_nomination
where account_id = :accountId and status in ('nominated', 'enrolled')
order by nominated_at desc, id desc
limit 1
