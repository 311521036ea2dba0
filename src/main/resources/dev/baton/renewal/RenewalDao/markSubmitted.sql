update renewal_assessment set status = 'submitted', submitted_by = :by, submitted_at = :now where cycle_id = :cycleId
