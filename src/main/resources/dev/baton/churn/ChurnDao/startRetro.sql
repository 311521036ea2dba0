insert into churn_retro (churn_id, status, sponsor, ta, version, updated_by, updated_at)
values (:churnId, 'kickoff', :sponsor, :ta, 0, :by, :now)
