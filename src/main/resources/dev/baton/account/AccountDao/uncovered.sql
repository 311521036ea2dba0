select <accountColumns> from account a
where exists (
    select 1 from unnest(:required) as r(code)
    where not exists (select 1 from contact c where c.account_id = a.id and c.roles like '%,' || r.code || ',%'))
order by case when :userId in (a.ae, a.ce, a.ta, a.expand_ae) then 0 else 1 end, a.name_key
limit :limit
