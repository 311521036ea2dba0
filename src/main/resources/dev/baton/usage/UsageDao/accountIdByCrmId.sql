select id from account where crm_id = :crmId
