<#-- Under the reminder of the save plan's due steps: each step with its own Done. -->
{
  "text": "Save plan steps",
  "blocks": [
<#list steps as s>
    {"type": "section", "text": {"type": "mrkdwn", "text": "${s.action} · ${mention(s.owner)} · due ${s.dueOn}"},
     "accessory": {"type": "button", "action_id": "lighthouse-step-done-${s.id?c}", "text": {"type": "plain_text", "text": "Done"}, "value": "${s.id?c}"}}<#sep>,</#sep>
</#list>
  ]
}
