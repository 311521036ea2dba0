select <cycleColumns> from renewal_cycle where account_id = :accountId
order by case when status = 'open' then 0 else 1 end, renewal_date desc, id desc
limit 1
