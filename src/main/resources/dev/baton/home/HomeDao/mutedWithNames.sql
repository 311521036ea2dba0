-- The usage alerts muted, a muted account with its name, for the leaders' Unmute.
select m.subject_kind, m.subject, m.muted_by, m.muted_at, a.name as account_name
from usage_mute m
left join account a on m.subject_kind = 'account' and cast(a.id as varchar(32)) = m.subject
order by m.muted_at desc, m.subject_kind, m.subject
limit :limit
