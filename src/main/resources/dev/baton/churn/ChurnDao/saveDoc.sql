update churn_retro
set summary = :summary, timeline_text = :timelineText, what_happened = :whatHappened,
    agreed_category = :agreedCategory, agreed_reason = :agreedReason, lessons = :lessons,
    status = :status, version = version + 1, updated_by = :by, updated_at = :now
where churn_id = :churnId and status in ('kickoff', 'drafting', 'review')
