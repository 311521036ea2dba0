select <cycleColumns>
from renewal_cycle c join account a on a.id = c.account_id
where c.id = :id
