<#-- First use of a feature by an account, posted to the usage channel; re-rendered when acknowledged, snoozed or muted. -->
{
  "text": "${account.name} used ${alert.feature} for the first time",
  "blocks": [
    {"type": "section", "block_id": "usage-first-use", "text": {"type": "mrkdwn", "text": ":sparkles: *${account.name}* used *${alert.feature}* for the first time\nFirst use: ${happened} · ${alert.usersCount} user<#if alert.usersCount != 1>s</#if> so far\nAE: <#if account.ae??>${mention(account.ae)}<#else>_none_</#if> · TA: <#if account.ta??>${mention(account.ta)}<#else>_none_</#if>"}},
<#include "alert-status.json.ftl">
  ]
}
