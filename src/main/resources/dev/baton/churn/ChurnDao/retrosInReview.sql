select r.churn_id, r.status, r.sponsor, r.ta, r.summary, r.timeline_text, r.what_happened, r.agreed_category,
       r.agreed_reason, r.lessons, r.version, r.updated_by, r.updated_at, r.reviewed_by, r.reviewed_at
from churn_retro r join churn c on c.id = r.churn_id
where c.account_id = :accountId and r.status = 'review'
order by r.churn_id
