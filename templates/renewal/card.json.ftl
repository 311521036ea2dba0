<#-- /renewal <account>: dates, phase, rating history, drivers, save plan, check-ins, forecast, and the next steps' buttons. -->
<#assign a = card.account>
{
  "text": "Renewal: ${a.name}",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Renewal: ${plain(a.name)}"}},
    {"type": "section", "fields": [
      {"type": "mrkdwn", "text": "*Renews*\n<#if a.renewalDate??>${a.renewalDate}<#if card.daysLeft()??> (<#if card.daysLeft() gte 0>in ${card.daysLeft()} day<#if card.daysLeft() != 1>s</#if><#else>${-card.daysLeft()} days ago</#if>)</#if><#else>no renewal date</#if>"},
      {"type": "mrkdwn", "text": "*Phase*\n${card.phase()}"},
      {"type": "mrkdwn", "text": "*Rating*\n<#if card.rating()??>${card.rating().emoji()} ${card.rating().label()} (agreed by ${mention(card.cycle().ratingAgreedBy)})<#elseif card.proposed()?has_content>${card.proposed()}, not agreed yet<#else>—</#if>"},
      {"type": "mrkdwn", "text": "*ARR · seats*\n${card.arr()!"—"} · ${(a.seatsPurchased?c)!"—"}"},
      {"type": "mrkdwn", "text": "*Team*\nAE <#if a.ae??>${mention(a.ae)}<#else>—</#if> · TA <#if a.ta??>${mention(a.ta)}<#else>—</#if><#if a.ce??> · CE ${mention(a.ce)}</#if>\nAE's manager <#if a.aeManager??>${mention(a.aeManager)}<#else>the leaders</#if>"},
      {"type": "mrkdwn", "text": "*Assessment due*\n${card.assessmentDue()!"—"}<#if card.assessment()??> · ${card.assessment().status}</#if>"}
    ]},
<#if card.lighthouse()??>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": ":rotating_light: Nominated for the Lighthouse churn-save program on ${card.lighthouseSince()} (${card.lighthouse().status})"}]},
</#if>
<#if card.events()?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Rating history*<#list card.events() as e>\n${e.at} · ${mention(e.actor)} ${e.action} *${e.rating}*<#if e.reason?has_content>: ${e.reason}</#if></#list>"}},
</#if>
<#if card.drivers()?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Drivers*<#list card.drivers() as d>\n*${d.label}*: ${d.ratingLabel}<#if d.note?has_content> · ${d.note}</#if></#list>"}},
</#if>
<#if card.assessment()?? && card.assessment().summary??>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Summary*\n${card.assessment().summary}<#if card.assessment().risks??>\n*Risks*\n${card.assessment().risks}</#if>"}},
</#if>
<#if card.plan()??>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Save plan* (${mention(card.plan().writtenBy)})\n*Problem:* ${card.plan().problem}\n*Goal:* ${card.plan().goal}<#list card.plan().steps as s>\n${s.position}. ${s.action} · ${mention(s.owner)} · due ${s.dueOn}</#list>"}},
</#if>
<#if card.checkIns()?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Check-ins*<#list card.checkIns() as c>\n${c.date()} · ${mention(c.actor)} · *${c.trendLabel()}*: ${c.progress}<#if c.correctiveAction??> · Corrective action: ${c.correctiveAction}</#if></#list>"}},
</#if>
<#if card.cycle()?? && card.cycle().forecastOutcome??>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Forecast*\n${card.outcomeLabel(card.cycle().forecastOutcome)}<#if card.forecastArrAfter()??>, ${card.forecastArrAfter()} ARR after</#if> · by ${mention(card.cycle().forecastBy!"")} on ${card.forecastOn()!""}<#if card.cycle().forecastReason??>\n_${card.cycle().forecastReason}_</#if><#if card.cycle().forecastDue()> · _asked again: the rating changed_</#if>"}},
</#if>
<#if card.cycle()?? && card.cycle().processedOutcome??>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Processed*\n${card.outcomeLabel(card.cycle().processedOutcome)}<#if card.processedArrAfter()??>, ${card.processedArrAfter()} ARR after</#if><#if card.cycle().processedSeatsAfter??>, ${card.cycle().processedSeatsAfter} seats</#if><#if card.cycle().processedOn??> on ${card.cycle().processedOn}</#if> · by ${card.cycle().processedBy!""}"}},
</#if>
<#if card.buttons()?has_content>
    {"type": "actions", "block_id": "renewal-card-actions", "elements": [
<#list card.buttons() as b>
      {"type": "button", "action_id": "${b.action}", <#if b.primary>"style": "primary", </#if>"text": {"type": "plain_text", "text": "${b.label}"}, "value": "${b.value}"}<#sep>,</#sep>
</#list>
    ]},
</#if>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Only you can see this card. `/renewal` lists your renewals in the next 120 days."}]}
  ]
}
