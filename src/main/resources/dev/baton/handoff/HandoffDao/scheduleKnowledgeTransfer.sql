update handoff set kt_at = :at, kt_attendees = :attendees, kt_scheduled_by = :by where account_id = :accountId
