update account set crm_id = :crmId, name = :name, name_key = :nameKey, segment = :segment,
    service_model = :serviceModel, ta_support_level = :taSupportLevel, ta_segmentation = :taSegmentation,
    order_type = :orderType, deployment = :deployment, lifecycle_stage = coalesce(:lifecycleStage, lifecycle_stage),
    ae = :ae, ce = :ce, ta = :ta, expand_ae = :expandAe, slack_channel = :slackChannel,
    expected_close_date = :expectedCloseDate, contract_signed_at = :contractSignedAt,
    closed_won_date = :closedWonDate, renewal_date = :renewalDate, arr_cents = :arrCents,
    seats_purchased = :seatsPurchased, ae_manager = :aeManager, updated_at = :now
where id = :id
