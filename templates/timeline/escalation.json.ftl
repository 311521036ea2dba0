<#-- To leaders, when a step is still open after the last reminder. -->
{
  "text": "${account.name}: still open after ${cap} reminders: ${headline}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":rotating_light: *${account.name}*: ${headline}<#list details as d>\n• ${d}</#list>"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Still open after ${cap} reminders to ${recipients}. Baton will not remind again; mark it done when it is."}]},
    {"type": "actions", "block_id": "timeline-actions", "elements": [
      {"type": "button", "action_id": "timeline-done", "text": {"type": "plain_text", "text": "Done"}, "style": "primary", "value": "${stepId?c}"}
    ]}
  ]
}
