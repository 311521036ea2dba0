update renewal_cycle set changes_unagreed = changes_unagreed + 1, updated_at = :now where id = :id
