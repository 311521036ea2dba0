select id, crm_id, name, segment, service_model, ta_support_level, ta_segmentation, order_type, deployment, lifecycle_stage, ae, ce, ta, expand_ae, slack_channel, expected_close_date, contract_signed_at, closed_won_date, renewal_date, arr_cents, seats_purchased, roles_covered_at from account a
where exists (
    select 1 from unnest(:required) as r(code)
    where not exists (select 1 from contact c where c.account_id = a.id and c.roles like '%,' || r.code || ',%'))
order by case when :userId in (a.ae, a.ce, a.ta, a.expand_ae) then 0 else 1 end, a.name_key
limit :limit
