<#-- To the Expand AE and the people set for the team (BATON_EXPAND_HANDOVER_NOTIFY): a First Order to Expand hand-over is under way. -->
{
  "text": "${account.name} is being handed over to the Expand AE",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":handshake: *${account.name}* is being handed over from First Order<#if account.ae??> (${mention(account.ae)})</#if> to Expand: ${mention(expandAe)} takes the account and its renewal once the hand-over checklist is complete."}},
    {"type": "section", "fields": [
      {"type": "mrkdwn", "text": "*Segment*\n${account.segment!"not set"}"},
      {"type": "mrkdwn", "text": "*Service model*\n${account.serviceModel!"not set"}"},
      {"type": "mrkdwn", "text": "*Renewal*\n<#if account.renewalDate??>${account.renewalDate}<#else>not set</#if>"},
      {"type": "mrkdwn", "text": "*Closed won*\n<#if account.closedWonDate??>${account.closedWonDate}<#else>not yet</#if>"}
    ]},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Told by ${mention(by)} from the hand-over checklist. `/handoff ${account.crmId}` shows the account's card."}]}
  ]
}
