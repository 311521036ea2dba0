update contact set unsubscribed_at = :now where id = :id and unsubscribed_at is null
