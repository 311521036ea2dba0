-- The columns of an account row as AccountMapper reads them, put in where a statement in this package says
-- <accountColumns> (see store/SqlFiles).
id, crm_id, name, segment, service_model, ta_support_level, ta_segmentation, order_type, deployment, lifecycle_stage,
ae, ce, ta, expand_ae, slack_channel, expected_close_date, contract_signed_at, closed_won_date, renewal_date,
arr_cents, seats_purchased, roles_covered_at, ae_manager
