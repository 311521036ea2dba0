select sync_date, nomination_id, confirmed, updates, blockers, answered_by, answered_at from lighthouse_sync_answer where sync_date = :syncDate
