<#-- /renewal alone: the renewals the user follows (every one for a leader) in the next 120 days, soonest first. -->
{
  "text": "Renewals in the next ${days} days",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*<#if everyone>Every renewal<#else>Your renewals</#if> in the next ${days} days*<#if !rows?has_content>\nNone: nothing renews<#if !everyone> on an account where you are the AE, TA, CE or the AE's manager</#if> in that time.<#else> (soonest first; overdue ones first on the date they fell due)</#if>"}},
<#list rows as r>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${r.name}* · renews ${r.renewalDate} (<#if r.daysLeft gte 0>in ${r.daysLeft} day<#if r.daysLeft != 1>s</#if><#else>${-r.daysLeft} days ago</#if>)<#if r.arr?has_content> · ARR ${r.arr}</#if>\nRating: <#if r.rating?has_content>${r.rating}<#elseif r.proposed?has_content>${r.proposed} (not agreed)<#else>—</#if> · Forecast: <#if r.outcome?has_content>${r.outcome}<#if r.arrAfter?has_content>, ${r.arrAfter} after</#if><#else>—</#if><#if r.overdue?has_content>\n:warning: Overdue: ${r.overdue}</#if>"},
     "accessory": {"type": "button", "action_id": "renewal-open-card", "text": {"type": "plain_text", "text": "Open"}, "value": "${r.accountId?c}"}},
</#list>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "`/renewal <account>` shows an account's renewal card."}]}
  ]
}
