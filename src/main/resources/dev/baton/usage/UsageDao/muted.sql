select count(*) > 0 from usage_mute where subject_kind = :kind and subject = :subject
