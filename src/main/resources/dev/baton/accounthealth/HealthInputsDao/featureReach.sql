-- Per feature (of every feature seen in the events), how many accounts of a segment ('-' for accounts without one)
-- have used it; with peerCount, the segment's peer catalogue (HealthRecompute.Batch). The threshold is applied in
-- Java: as a HAVING over a subquery of the peer count, H2 counted the peers again for every feature.
select u.feature_key, count(*) as accounts
from usage_first_use u join account a on a.id = u.account_id
where coalesce(a.segment, '-') = :segment
group by u.feature_key
