<#-- To the account's AE and TA: its health score changed band; the components that moved, and the inputs missing. -->
<#assign emoji = {"green": ":large_green_circle:", "yellow": ":large_yellow_circle:", "red": ":red_circle:"}>
<#assign labels = {"utilisation": "Utilisation", "adoption": "Adoption", "engagement": "Engagement", "version_currency": "Version currency", "relationships": "Relationships"}>
{
  "text": "${account.name} health is now ${after} (${score})",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "${emoji[after]} *${account.name}* moved from *${before}* (${beforeScore}) to *${after}* (${score}) in account health."}}<#if moved?has_content>,
    {"type": "section", "text": {"type": "mrkdwn", "text": "*What moved*<#list moved as m>\n• ${labels[m.component]}: ${(m.before)!"no input"} → ${(m.after)!"no input"}</#list>"}}</#if><#if missing?has_content>,
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Left out for want of input: <#list missing as k>${labels[k]}<#sep>, </#list>"}]}</#if>
  ]
}
