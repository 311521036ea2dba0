update renewal_cycle set renewal_date = :renewalDate, updated_at = :now where id = :id and status = 'open'
