select id, account_id, cycle_id, nominated_by, nominated_at, reason, status from lighthouse_nomination
where status = 'nominated'
order by nominated_at, id
limit :limit
