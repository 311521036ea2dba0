<#-- /successplan alone: the caller's accounts (as TA; every account for leaders) and whether each has this quarter's plan. -->
{
  "text": "Success plans for ${quarter}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Success plans for ${quarter}*<#if leader> (every account)<#else> (accounts you are TA of)</#if>\n• `/successplan <account>` shows an account's plan beside last quarter's.\n• `/successplan qbr` lists the plans marked For QBR."}},
    {"type": "divider"},
<#if statuses?has_content>
<#list statuses as s>
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if s.planned()>:white_check_mark:<#else>:hourglass:</#if> *${s.name}* · <#if s.planned()>${quarter} plan written<#else>no ${quarter} plan yet</#if>"},
     "accessory": {"type": "button", "action_id": "successplan-open-account", "text": {"type": "plain_text", "text": "Open"}, "value": "${s.accountId?c}"}}<#sep>,</#sep>
</#list>
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "You are not the TA of any account."}}
</#if>
  ]
}
