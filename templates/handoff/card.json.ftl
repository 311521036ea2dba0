<#-- /handoff <account>: stage, dated timeline, checklist with the button that fixes each missing item. -->
<#assign a = card.account>
{
  "text": "Hand-off: ${a.name}",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Hand-off: ${plain(a.name)}"}},
    {"type": "section", "fields": [
      {"type": "mrkdwn", "text": "*Stage*\n${a.lifecycleStage!"0. Prospect"}<#if !card.handoff??> · _hand-off not started_</#if>"},
      {"type": "mrkdwn", "text": "*Segment · model*\n${a.segment!"—"} · ${a.serviceModel!"—"}"},
      {"type": "mrkdwn", "text": "*Order · deployment*\n${a.orderType!"—"} · ${a.deployment!"—"}"},
      {"type": "mrkdwn", "text": "*ARR · seats*\n${card.arr()!"—"} · ${(a.seatsPurchased?c)!"—"}"},
      {"type": "mrkdwn", "text": "*Team*\nAE <#if a.ae??>${mention(a.ae)}<#else>—</#if> · CE <#if a.ce??>${mention(a.ce)}<#else>—</#if> · TA <#if a.ta??>${mention(a.ta)}<#else>—</#if><#if a.expandAe??> · Expand AE ${mention(a.expandAe)}</#if>"},
      {"type": "mrkdwn", "text": "*Checklist*\n${card.checklist.doneCount()} of ${card.checklist.items?size} done"}
    ]},
<#if card.milestones()?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Timeline*<#list card.milestones() as m>\n<#if m.daysLeft < 0>:white_check_mark:<#else>:calendar:</#if> ${m.date} · <#if m.daysBefore == 0>close<#else>${m.daysBefore} days before</#if>: ${m.what}<#if m.daysLeft gte 0> (in ${m.daysLeft} day<#if m.daysLeft != 1>s</#if>)</#if></#list>"}},
</#if>
    {"type": "divider"},
<#list card.checklist.items as item>
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if item.done>:white_check_mark:<#else>:white_square:</#if> ${item.label}<#if item.detail??> · _${item.detail}_</#if>"}<#if !item.done && item.action??>,
     "accessory": {"type": "button", "action_id": "${item.action}", "text": {"type": "plain_text", "text": "${plain(item.actionLabel)}"}, "value": "${a.id?c}"}</#if>},
</#list>
<#if card.latestDoc??>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Hand-off doc v${card.latestDoc.version} (${card.latestDoc.status}) saved by ${mention(card.latestDoc.savedBy)}"}]},
</#if>
    {"type": "actions", "elements": [
      {"type": "button", "action_id": "handoff-share", "text": {"type": "plain_text", "text": "Share in channel"}, "value": "${a.id?c}"}
    ]}
  ]
}
