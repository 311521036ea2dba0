update account set product_version = :version, updated_at = :now where id = :id
