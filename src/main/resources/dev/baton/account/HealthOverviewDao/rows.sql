-- Every scored account with its segment, current score and band, missing inputs, and its latest weekly snapshot from
-- before :week: a snapshot is written only in a week the account was recomputed, so the latest one before the week is
-- the score it had when the week began.
select a.id as account_id, a.name, a.segment, h.score, h.band, h.missing, w.score as last_score, w.band as last_band
from account_health h
join account a on a.id = h.account_id
left join account_health_week w on w.account_id = h.account_id
    and w.week_start = (select max(p.week_start) from account_health_week p
                        where p.account_id = h.account_id and p.week_start < :week)
where h.score is not null
