insert into success_plan (account_id, quarter, updated_by, updated_at) values (:accountId, :quarter, :by, :now)
