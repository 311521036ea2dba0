<#-- The App Home tab: the accounts that need this user's attention. -->
{
  "type": "home",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Baton"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "Hand-offs, stakeholder roles, renewals and churn saves, in Slack. `/roles <account>` shows an account's contacts and the roles a hand-off needs (${roleNames})."}},
    {"type": "divider"},
<#if uncovered?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Accounts missing required roles*<#if leader> (all accounts, yours first)<#else> (yours first)</#if>"}},
<#list uncovered as a>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${a.name}*<#if a.crmId??> · ${a.crmId}</#if><#if a.onTeam(userId)> · _your account_</#if>\n`/roles ${a.name}`"}}<#sep>,</#sep>
</#list>
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": ":tada: Every account has an Instance Admin, a Program Contact and a Champion."}}
</#if>
<#if leader>
    ,{"type": "divider"},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Undelivered messages*<#if !deadLetters?has_content>\nNone: every automatic message went out.</#if>"}}
<#list deadLetters as d>
    ,{"type": "section", "text": {"type": "mrkdwn", "text": "*To ${d.destination}* · ${d.attempts} attempt<#if d.attempts != 1>s</#if>\n${d.error}"}},
    {"type": "actions", "elements": [
      {"type": "button", "action_id": "outbox-retry", "text": {"type": "plain_text", "text": "Retry"}, "style": "primary", "value": "${d.id?c}"},
      {"type": "button", "action_id": "outbox-drop", "text": {"type": "plain_text", "text": "Drop"}, "value": "${d.id?c}"}
    ]}
</#list>
</#if>
  ]
}
