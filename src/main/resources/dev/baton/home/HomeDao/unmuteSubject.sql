-- Unmutes from App Home, by what the leader saw listed (kind and subject), not by an alert.
delete from usage_mute where subject = :subject and subject_kind = :kind
