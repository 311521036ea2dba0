-- Each account's latest score and band, with its snapshot of the week before :week (the trend's baseline).
select h.account_id, h.score, h.band, h.missing, w.score as last_week_score
from account_health h
left join account_health_week w on w.account_id = h.account_id and w.week_start = :lastWeek
where h.account_id = any(:accountIds)
