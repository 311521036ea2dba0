update contact set name = :name, title = :title, email = :email,
    bounced_at = case when email_key = :emailKey then bounced_at else null end,
    bounce_reason = case when email_key = :emailKey then bounce_reason else null end,
    email_key = :emailKey, roles = :roles, instance_admin = :instanceAdmin, time_zone = :timeZone, updated_at = :now
where id = :id
