select cycle_id, status, overall_rating, summary, risks, contacts_confirmed, missing_role_reason, saved_by, saved_at,
       submitted_by, submitted_at
from renewal_assessment where cycle_id = :cycleId
