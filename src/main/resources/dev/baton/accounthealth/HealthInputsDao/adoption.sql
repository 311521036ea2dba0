-- The peer catalogue: the features (of every feature seen in the events) that at least half of the accounts in
-- the account's segment with any usage have used; and how many of those the account uses.
with peers as (
    select a.id from account a
    where coalesce(a.segment, '-') = (select coalesce(segment, '-') from account where id = :accountId)
      and exists (select 1 from usage_first_use u where u.account_id = a.id)
),
catalogue as (
    select u.feature_key from usage_first_use u join peers p on p.id = u.account_id
    group by u.feature_key
    having 2 * count(distinct u.account_id) >= (select count(*) from peers)
)
select (select count(*) from catalogue) as peer_features,
       (select count(*) from catalogue c
        where exists (select 1 from usage_first_use u where u.account_id = :accountId and u.feature_key = c.feature_key))
           as peer_features_used
