-- How many accounts of a segment ('-' for accounts without one) have any usage: the peers of its catalogue.
select count(distinct u.account_id)
from usage_first_use u join account a on a.id = u.account_id
where coalesce(a.segment, '-') = :segment
