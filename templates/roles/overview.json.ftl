<#-- /roles with no account: how to use it, and the accounts still missing required roles (the caller's first). -->
{
  "text": "Stakeholder roles",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Stakeholder roles* — every account needs an *Instance Admin*, a *Program Contact* and a *Champion* before the hand-off is complete.\n• `/roles <account>` shows an account's contacts and what is missing (name or CRM id).\n• `/roles <account> tag <email> <role>[, <role>…]` tags a contact in one line.\nRoles: ${roleNames}."}},
    {"type": "divider"},
<#if accounts?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Accounts missing required roles*"}},
<#list accounts as a>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${a.name}*<#if a.crmId??> · ${a.crmId}</#if><#if a.onTeam(userId)> · _your account_</#if>"},
     "accessory": {"type": "button", "action_id": "roles-open-account", "text": {"type": "plain_text", "text": "Open"}, "value": "${a.id?c}"}}<#sep>,</#sep>
</#list>
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": ":tada: Every account has its required roles covered."}}
</#if>
  ]
}
