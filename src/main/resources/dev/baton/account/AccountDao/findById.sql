select <accountColumns> from account where id = :id
