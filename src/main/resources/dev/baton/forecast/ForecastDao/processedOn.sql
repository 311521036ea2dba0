select <cycleColumns>
from renewal_cycle c join account a on a.id = c.account_id
where c.account_id = :accountId and c.status = 'processed' and c.processed_on = :processedOn
order by c.renewal_date
limit 1
