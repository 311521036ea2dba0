update renewal_cycle set rating = :rating, rating_agreed_by = :by, rating_agreed_at = :now, changes_unagreed = 0,
    updated_at = :now
where id = :id
