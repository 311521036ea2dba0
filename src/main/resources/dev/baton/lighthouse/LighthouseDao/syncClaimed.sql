select count(*) from lighthouse_sync where sync_date = :syncDate and phase = :phase
