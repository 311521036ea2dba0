insert into account (crm_id, name, name_key, segment, service_model, ta_support_level, ta_segmentation, order_type,
    deployment, lifecycle_stage, ae, ce, ta, expand_ae, slack_channel, expected_close_date, contract_signed_at,
    closed_won_date, renewal_date, arr_cents, seats_purchased, ae_manager, created_at, updated_at)
values (:crmId, :name, :nameKey, :segment, :serviceModel, :taSupportLevel, :taSegmentation, :orderType,
    :deployment, coalesce(:lifecycleStage, '0. Prospect'), :ae, :ce, :ta, :expandAe, :slackChannel, :expectedCloseDate,
    :contractSignedAt, :closedWonDate, :renewalDate, :arrCents, :seatsPurchased, :aeManager, :now, :now)
