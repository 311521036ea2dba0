select count(*) from account a
left join lighthouse_program lp on lp.account_id = a.id and lp.exited_at is null
where :userId in (a.ae, a.ce, a.ta, a.expand_ae) or lp.sponsor = :userId
