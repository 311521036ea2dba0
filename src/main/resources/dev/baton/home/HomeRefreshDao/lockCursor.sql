-- Held until the sweep's transaction commits, so of instances sweeping at once each change is marked once.
select last_audit_id from home_audit_cursor where id = 1 for update
