insert into audit_log (at, actor, account_id, action, before_json, after_json) values (:at, :actor, :accountId, :action, :beforeJson, :afterJson)
