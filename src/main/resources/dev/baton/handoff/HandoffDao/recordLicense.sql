update handoff set license_key_id = :keyId, license_seats = :seats, license_expires = :expires, license_recorded_by = :by where account_id = :accountId
