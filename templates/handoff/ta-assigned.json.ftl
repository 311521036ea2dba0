<#-- DM to a newly assigned TA. -->
{
  "text": "You are the TA for ${card.account.name}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":wave: You are the TA for *${card.account.name}*<#if card.account.expectedCloseDate??>, expected to close ${card.account.expectedCloseDate}</#if>."}},
    {"type": "section", "fields": [
      {"type": "mrkdwn", "text": "*Segment*\n${card.account.segment!"—"}"},
      {"type": "mrkdwn", "text": "*Service model*\n${card.account.serviceModel!"—"}"},
      {"type": "mrkdwn", "text": "*Support level*\n${card.account.taSupportLevel!"—"}"},
      {"type": "mrkdwn", "text": "*Segmentation*\n${card.account.taSegmentation!"—"}"},
      {"type": "mrkdwn", "text": "*ARR*\n${card.arr()!"—"}"},
      {"type": "mrkdwn", "text": "*Seats*\n${(card.account.seatsPurchased?c)!"—"}"},
      {"type": "mrkdwn", "text": "*AE*\n<#if card.account.ae??>${mention(card.account.ae)}<#else>—</#if>"},
      {"type": "mrkdwn", "text": "*CE*\n<#if card.account.ce??>${mention(card.account.ce)}<#else>—</#if>"}
    ]},
    {"type": "actions", "elements": [{"type": "button", "action_id": "handoff-open", "text": {"type": "plain_text", "text": "Open hand-off card"}, "value": "${card.account.id?c}"}]}
  ]
}
