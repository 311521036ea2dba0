<#-- /lighthouse alone: the program's master list, the viewer's accounts first. -->
{
  "text": "Lighthouse: ${rows?size} account<#if rows?size != 1>s</#if>",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Lighthouse program"}},
<#if !rows?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "No account is in the program. `/lighthouse <account>` nominates one."}},
</#if>
<#list rows as r>
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if r.mine>:star: </#if>*${r.name}*<#if r.arr?has_content> · ARR ${r.arr}</#if><#if r.renewalDate?has_content> · renews ${r.renewalDate}</#if>\n${r.days?c} days in · sponsor <#if r.sponsor?has_content>${mention(r.sponsor)}<#else>none</#if> · criteria met ${r.criteria} · last update ${r.lastUpdate}<#if nextSync?has_content> · next sync ${nextSync}</#if>"},
     "accessory": {"type": "button", "action_id": "lighthouse-open-card", "text": {"type": "plain_text", "text": "Open"}, "value": "${r.accountId?c}"}},
</#list>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Only you can see this. `/lighthouse <account>` opens an account's card."}]}
  ]
}
