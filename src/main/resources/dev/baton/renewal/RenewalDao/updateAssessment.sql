update renewal_assessment set status = :status, overall_rating = :overall, summary = :summary, risks = :risks,
    contacts_confirmed = :contactsConfirmed, missing_role_reason = :missingRoleReason, saved_by = :by, saved_at = :now
where cycle_id = :cycleId
