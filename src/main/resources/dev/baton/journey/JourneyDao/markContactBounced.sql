update contact set bounced_at = :now, bounce_reason = :reason where id = :id and bounced_at is null
