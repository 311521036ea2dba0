<#-- Under an actions reminder or on the card: each open action with its own Done button. -->
{
  "blocks": [
<#list actions as a>
    {"type": "section", "text": {"type": "mrkdwn", "text": "${a.action}\n${mention(a.owner)} · due ${a.dueDate}"},
     "accessory": {"type": "button", "action_id": "successplan-action-done-${a.id?c}", "text": {"type": "plain_text", "text": "Done"}, "value": "${a.id?c}"}}<#sep>,</#sep>
</#list>
  ]
}
