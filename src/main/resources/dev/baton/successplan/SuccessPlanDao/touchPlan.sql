update success_plan set updated_by = :by, updated_at = :now where id = :id
