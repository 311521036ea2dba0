select id, account_id, quarter, for_qbr, qbr_by, qbr_at, updated_by, updated_at from success_plan where id = :id
