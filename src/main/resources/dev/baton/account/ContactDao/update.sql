update contact set name = :name, title = :title, email = :email, email_key = :emailKey, roles = :roles,
    instance_admin = :instanceAdmin, updated_at = :now
where id = :id
