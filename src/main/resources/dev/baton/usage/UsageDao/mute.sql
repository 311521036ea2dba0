insert into usage_mute (subject_kind, subject, muted_by, muted_at) values (:kind, :subject, :by, :at)
on conflict do nothing
