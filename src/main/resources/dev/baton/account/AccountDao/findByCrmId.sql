select <accountColumns> from account where crm_id = :crmId
