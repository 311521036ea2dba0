insert into lighthouse_sync_answer (sync_date, nomination_id, confirmed, updates, blockers, answered_by, answered_at)
values (:syncDate, :nominationId, :confirmed, :updates, :blockers, :by, :now)
