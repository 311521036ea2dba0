<#-- To the TA and the AE: the rating stands, and what it asks for next. -->
{
  "text": "${account.name}: renewal rating agreed, ${rating}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "${emoji} ${mention(by)} agreed the renewal rating of *${account.name}*: *${rating}*.<#if next == "green"> Keep monitoring; the AE forecasts the outcome.<#elseif next == "yellow"> A save plan is required: problem, goal, and steps each with an owner and a due date. Weekly check-ins follow.<#else> The account is nominated for the Lighthouse churn-save program; the leaders are told. Weekly check-ins follow.</#if>"}}<#if next == "yellow">,
    {"type": "actions", "block_id": "renewal-agreed-actions", "elements": [
      {"type": "button", "action_id": "renewal-save-plan-open", "style": "primary", "text": {"type": "plain_text", "text": "Write save plan"}, "value": "${cycle.id?c}"}
    ]}</#if>
  ]
}
