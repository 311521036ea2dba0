select <accountColumns> from account a
where not (
    exists (select 1 from contact c where c.account_id = a.id and c.roles like '%,instance_admin,%')
    and exists (select 1 from contact c where c.account_id = a.id and c.roles like '%,program_contact,%')
    and exists (select 1 from contact c where c.account_id = a.id and c.roles like '%,champion,%'))
order by case when :userId in (a.ae, a.ce, a.ta, a.expand_ae) then 0 else 1 end, a.name_key
limit :limit
