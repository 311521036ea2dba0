insert into renewal_assessment (cycle_id, status, overall_rating, summary, risks, contacts_confirmed,
    missing_role_reason, saved_by, saved_at)
values (:cycleId, :status, :overall, :summary, :risks, :contactsConfirmed, :missingRoleReason, :by, :now)
