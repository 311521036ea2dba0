insert into contact (account_id, name, title, email, email_key, roles, instance_admin, time_zone, created_at, updated_at)
values (:accountId, :name, :title, :email, :emailKey, :roles, :instanceAdmin, :timeZone, :now, :now)
