<#-- Several accounts fit what was typed after /successplan: let the user pick. -->
{
  "text": "Several accounts match",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "Several accounts match *${query}*. Which one?"}},
<#list accounts as a>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${a.name}*<#if a.crmId??> · CRM ${a.crmId}</#if><#if a.segment??> · ${a.segment}</#if>"},
     "accessory": {"type": "button", "action_id": "successplan-open-account", "text": {"type": "plain_text", "text": "Open"}, "value": "${a.id?c}"}}<#sep>,</#sep>
</#list>
  ]
}
