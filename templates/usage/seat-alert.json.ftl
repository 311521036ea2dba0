<#-- Seat utilisation changed state: under-used (after the grace period) or near the limit (an expansion conversation). -->
{
  "text": "${account.name}: <#if alert.kind == "near_limit">near its seat limit<#else>seats under-used</#if> (${percent}%)",
  "blocks": [
    {"type": "section", "block_id": "usage-seats", "text": {"type": "mrkdwn", "text": "<#if alert.kind == "near_limit">:chart_with_upwards_trend: *${account.name}* is near its seat limit: time for an expansion conversation<#else>:warning: *${account.name}* is not using the seats it bought</#if>\n${alert.activeUsers} active users of ${alert.seatsPurchased} seats purchased (${percent}%) as of ${happened}\nAE: <#if account.ae??>${mention(account.ae)}<#else>_none_</#if> · TA: <#if account.ta??>${mention(account.ta)}<#else>_none_</#if>"}},
<#include "alert-status.json.ftl">
  ]
}
