update success_plan set for_qbr = true, qbr_by = :by, qbr_at = :now where id = :id and for_qbr = false
