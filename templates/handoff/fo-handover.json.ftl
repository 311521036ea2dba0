<#-- DM to the First Order AE at close (Sales Assisted First Order, Named). -->
{
  "text": "${account.name} closed-won: hand over to the Expand AE within 24 hours",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":tada: *${account.name}* is closed-won. Hand it over to <#if account.expandAe??>${mention(account.expandAe)}<#else>the Expand AE (not set yet)</#if> *within 24 hours*:\n• record the `#FOtoFYEhandoff` tag\n• complete the closed-won opportunity's components, with notes and call recordings attached\n• tell the Expand AE, the Expand AE's manager, the First Order manager, Sales Support and the Expand Director\n• send the welcome email (draft below) introducing the Expand AE"}},
    {"type": "actions", "elements": [{"type": "button", "action_id": "handoff-expand", "text": {"type": "plain_text", "text": "Hand-over checklist"}, "style": "primary", "value": "${account.id?c}"},
      {"type": "button", "action_id": "handoff-open", "text": {"type": "plain_text", "text": "Open hand-off card"}, "value": "${account.id?c}"}]}
  ]
}
