select count(*) > 0 from usage_mute where subject_kind = 'account' and subject = :subject
