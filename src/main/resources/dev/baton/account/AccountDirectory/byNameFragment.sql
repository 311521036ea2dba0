select <accountColumns> from account where name_key like :pattern escape '!' order by name_key limit :limit
