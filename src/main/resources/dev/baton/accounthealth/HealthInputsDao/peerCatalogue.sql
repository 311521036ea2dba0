-- The peer catalogue of a segment ('-' for accounts without one): the features (of every feature seen in the
-- events) that at least half of the segment's accounts with any usage have used. The same for every account of the
-- segment, so a recompute run reads it once per segment (HealthRecompute.Batch). No CTE of the peers: H2 ran it
-- again for every first use it joined.
select u.feature_key
from usage_first_use u join account a on a.id = u.account_id
where coalesce(a.segment, '-') = :segment
group by u.feature_key
having 2 * count(distinct u.account_id) >= (
    select count(distinct p.account_id) from usage_first_use p join account pa on pa.id = p.account_id
    where coalesce(pa.segment, '-') = :segment)
