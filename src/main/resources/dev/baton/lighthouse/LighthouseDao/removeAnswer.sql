delete from lighthouse_sync_answer where sync_date = :syncDate and nomination_id = :nominationId
