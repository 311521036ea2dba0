select <cycleColumns>
from renewal_cycle c join account a on a.id = c.account_id
where c.account_id = :accountId and c.renewal_date = :renewalDate
