<#-- DM to the Expand AE at close (Web Direct First Order, Named): the customer never spoke to sales. -->
{
  "text": "${account.name} bought online: discovery and success planning are yours",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":wave: *${account.name}* bought ${(account.seatsPurchased?c)!"?"} seats online (Web Direct) and is a Named account: nobody in sales has spoken to them yet. Please run discovery and a success-planning call, and send the welcome email (draft below)."}},
    {"type": "actions", "elements": [{"type": "button", "action_id": "handoff-open", "text": {"type": "plain_text", "text": "Open hand-off card"}, "value": "${account.id?c}"}]}
  ]
}
