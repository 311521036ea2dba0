select <cycleColumns> from renewal_cycle where account_id = :accountId and renewal_date = :renewalDate
