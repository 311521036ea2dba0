select <accountColumns> from account where name_key = :nameKey order by id
