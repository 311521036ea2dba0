select <cycleColumns> from renewal_cycle where account_id = :accountId and status = 'open'
order by renewal_date, id
limit 1
