select subject_kind, subject, muted_by, muted_at from usage_mute order by subject_kind, subject
