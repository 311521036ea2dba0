<#-- Seat utilisation changed state: under-used (after the grace period) or near the limit (an expansion conversation).
     Also DM'd to the owners who asked for seat states (ownerDm: their choice, all or red), without the channel's buttons. -->
{
  "text": "${account.name}: <#if alert.kind == "near_limit">near its seat limit<#else>seats under-used</#if> (${percent}%)",
  "blocks": [
    {"type": "section", "block_id": "usage-seats", "text": {"type": "mrkdwn", "text": "<#if alert.kind == "near_limit">:chart_with_upwards_trend: *${account.name}* is near its seat limit: time for an expansion conversation<#else>:warning: *${account.name}* is not using the seats it bought</#if>\n${alert.activeUsers} active users of ${alert.seatsPurchased} seats purchased (${percent}%) as of ${happened}\nAE: <#if account.ae??>${mention(account.ae)}<#else>_none_</#if> · TA: <#if account.ta??>${mention(account.ta)}<#else>_none_</#if>"}},
<#if ownerDm??>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "You get this because you are on ${account.name}'s team and asked for <#if ownerDm == "red">red accounts' </#if>seat states as DMs. Change it under *My settings* in Baton's Home tab."}]},
    {"type": "actions", "block_id": "usage-alert-actions", "elements": [
      {"type": "button", "action_id": "usage-open-account", "text": {"type": "plain_text", "text": "Open account"}, "value": "${alert.id?c}"}
    ]}
<#else>
<#include "alert-status.json.ftl">
</#if>
  ]
}
