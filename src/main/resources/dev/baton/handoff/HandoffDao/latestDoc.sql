-- The newest version of the hand-off doc, and whether any version was ever saved as final (the card shows both;
-- HandoffDao.latestDoc maps only the doc).
select id, account_id, version, status, body, saved_by, saved_at,
       (select count(*) from handoff_doc f where f.account_id = :accountId and f.status = 'final') as final_docs
from handoff_doc where account_id = :accountId order by version desc limit 1
