select <accountColumns> from account where id = any(:ids)
