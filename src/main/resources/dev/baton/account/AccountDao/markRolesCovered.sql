update account set roles_covered_at = :now where id = :id and roles_covered_at is null
