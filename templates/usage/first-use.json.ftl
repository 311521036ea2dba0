<#-- First use of a feature by an account, posted to the usage channel; re-rendered when acknowledged, snoozed or muted;
     also DM'd to the owners who asked for it (ownerDm: their choice, all or red), without the channel's buttons. -->
{
  "text": "${account.name} used ${alert.feature} for the first time",
  "blocks": [
    {"type": "section", "block_id": "usage-first-use", "text": {"type": "mrkdwn", "text": ":sparkles: *${account.name}* used *${alert.feature}* for the first time\nFirst use: ${happened} · ${alert.usersCount} user<#if alert.usersCount != 1>s</#if> so far\nAE: <#if account.ae??>${mention(account.ae)}<#else>_none_</#if> · TA: <#if account.ta??>${mention(account.ta)}<#else>_none_</#if>"}},
<#if ownerDm??>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "You get this because you are on ${account.name}'s team and asked for <#if ownerDm == "red">red accounts' </#if>first uses as DMs. Change it under *My settings* in Baton's Home tab."}]},
    {"type": "actions", "block_id": "usage-alert-actions", "elements": [
      {"type": "button", "action_id": "usage-open-account", "text": {"type": "plain_text", "text": "Open account"}, "value": "${alert.id?c}"}
    ]}
<#else>
<#include "alert-status.json.ftl">
</#if>
  ]
}
