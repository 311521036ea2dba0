-- Every scored account with its segment, current score and band, missing inputs, and its snapshot of :lastWeek.
select a.id as account_id, a.name, a.segment, h.score, h.band, h.missing, w.score as last_score, w.band as last_band
from account_health h
join account a on a.id = h.account_id
left join account_health_week w on w.account_id = h.account_id and w.week_start = :lastWeek
where h.score is not null
