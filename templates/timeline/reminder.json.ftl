<#-- A timeline reminder, DM'd to a person who must act; extra blocks (the /roles card, say) are added under it. -->
{
  "text": "${account.name}: ${headline}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":alarm_clock: *${account.name}*: ${headline}<#list details as d>\n• ${d}</#list>"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Reminder ${number} of ${cap}<#if number == cap>; leaders are told if it is still open at the next one</#if>."}]},
    {"type": "actions", "block_id": "timeline-actions", "elements": [
<#if withDone>
      {"type": "button", "action_id": "timeline-done", "text": {"type": "plain_text", "text": "Done"}, "style": "primary", "value": "${stepId?c}"},
</#if>
      {"type": "button", "action_id": "timeline-snooze-day", "text": {"type": "plain_text", "text": "Snooze 1 day"}, "value": "${stepId?c}"},
      {"type": "button", "action_id": "timeline-snooze-week", "text": {"type": "plain_text", "text": "Snooze 1 week"}, "value": "${stepId?c}"}
    ]}
  ]
}
