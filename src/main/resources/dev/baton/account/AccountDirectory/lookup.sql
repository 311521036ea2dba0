-- The account whose CRM id is what was typed (rank 0), then those whose name key is (rank 1), in one round trip.
select 0 as match_rank, id, crm_id, name, segment, service_model, ta_support_level, ta_segmentation, order_type, deployment, lifecycle_stage, ae, ce, ta, expand_ae, slack_channel, expected_close_date, contract_signed_at, closed_won_date, renewal_date, arr_cents, seats_purchased, roles_covered_at from account where crm_id = :typed
union all
select 1 as match_rank, id, crm_id, name, segment, service_model, ta_support_level, ta_segmentation, order_type, deployment, lifecycle_stage, ae, ce, ta, expand_ae, slack_channel, expected_close_date, contract_signed_at, closed_won_date, renewal_date, arr_cents, seats_purchased, roles_covered_at from account where name_key = :nameKey
order by match_rank, id
