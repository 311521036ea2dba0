<#-- Several accounts fit what was typed after /renewal: let the user pick. -->
{
  "text": "Several accounts match",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "Several accounts match *${query}*. Which one?"}},
<#list accounts as a>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${a.name}*<#if a.crmId??> · CRM ${a.crmId}</#if><#if a.renewalDate??> · renews ${a.renewalDate}</#if>"},
     "accessory": {"type": "button", "action_id": "renewal-open-card", "text": {"type": "plain_text", "text": "Open"}, "value": "${a.id?c}"}}<#sep>,</#sep>
</#list>
  ]
}
