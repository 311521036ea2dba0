select count(*) from usage_mute where subject_kind = 'feature'
