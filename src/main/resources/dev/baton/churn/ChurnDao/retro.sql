select churn_id, status, sponsor, ta, summary, timeline_text, what_happened, agreed_category, agreed_reason, lessons,
       version, updated_by, updated_at, reviewed_by, reviewed_at
from churn_retro where churn_id = :churnId
