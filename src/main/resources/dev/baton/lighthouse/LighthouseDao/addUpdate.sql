insert into lighthouse_update (nomination_id, at, actor, progress, blockers, asks)
values (:nominationId, :now, :actor, :progress, :blockers, :asks)
