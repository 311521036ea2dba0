<#-- /successplan qbr: this quarter's plans leaders marked For QBR, with their progress. -->
{
  "text": "Success plans for the ${quarter} QBR",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Success plans for the ${quarter} QBR*"}},
<#if plans?has_content>
<#list plans as p>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${p.name}* · ${p.quarter} · ${p.done} of ${p.total} actions done"},
     "accessory": {"type": "button", "action_id": "successplan-open-account", "text": {"type": "plain_text", "text": "Open"}, "value": "${p.accountId?c}"}}<#sep>,</#sep>
</#list>
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "No plan is marked For QBR yet: leaders mark them from `/successplan <account>`."}}
</#if>
  ]
}
