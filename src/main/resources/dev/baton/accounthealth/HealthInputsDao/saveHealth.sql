insert into account_health (account_id, score, band, components, missing, computed_at)
values (:accountId, :score, :band, :components, :missing, :now)
