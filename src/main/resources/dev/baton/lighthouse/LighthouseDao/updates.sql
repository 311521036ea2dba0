select id, nomination_id, at, actor, progress, blockers, asks from lighthouse_update where nomination_id = :nominationId order by at desc, id desc limit :limit
