<#-- The App Home tab: Today (the person's due and overdue items, each with its buttons), My accounts (paged,
     sorted by health or renewal) and, for leaders, the team, health (the weekly overview last posted in 3 blocks), mutes
     and the undelivered messages. A timeline step's buttons are its own forms (answered by its workflow's handlers, as
     in its reminder), the reminders' Done unless its form or its items close it, and Snooze; an item closed one by one
     (a plan step, a call to action, a plan action) has its workflow's own Done. private_metadata keeps the order and
     pages shown, so the buttons know them. At most 100 blocks: pages of 10 items and 15 accounts. -->
<#macro pager section page>
<#if page.hasPrevious || page.hasNext>
    ,{"type": "actions", "block_id": "home-pager-${section}", "elements": [
<#if page.hasPrevious>
      {"type": "button", "action_id": "home-page-prev", "text": {"type": "plain_text", "text": "Previous"}, "value": "${section}:${page.previous?c}"}<#if page.hasNext>,</#if>
</#if>
<#if page.hasNext>
      {"type": "button", "action_id": "home-page-next", "text": {"type": "plain_text", "text": "Next"}, "value": "${section}:${page.next?c}"}
</#if>
    ]},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Page ${page.number?c} of ${page.pages?c}"}]}
</#if>
</#macro>
<#macro choice value label>{"text": {"type": "plain_text", "text": "${label}"}, "value": "${value}"}</#macro>
<#function alertName alert><#if alert == "first-use"><#return "First uses"><#elseif alert == "seat-state"><#return "Seat states"><#else><#return "Band changes"></#if></#function>
<#macro hour h>{"text": {"type": "plain_text", "text": "<#if h == 24>Midnight<#else>${h?string["00"]}:00</#if>"}, "value": "${h?c}"}</#macro>
{
  "type": "home",
  "private_metadata": "${metadata}",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Baton"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Today*<#if today.total == 0>\nNothing due today. :sparkles:<#else> · ${today.total?c} due or overdue</#if>"}}
<#list todayItems as t>
    ,{"type": "section", "text": {"type": "mrkdwn", "text": "<#if t.overdue>:red_circle: *Overdue* since ${t.day}<#else>:large_yellow_circle: Due today</#if> · *${t.label}*\n${t.account}"}},
    {"type": "actions", "block_id": "home-today-${t.kind}-${t.id?c}", "elements": [
<#if t.kind != "timeline">
      {"type": "button", "action_id": "${t.kind}-done-${t.id?c}", "text": {"type": "plain_text", "text": "Done"}, "style": "primary", "value": "${t.id?c}"}
<#else>
<#list t.forms as f>
      {"type": "button", "action_id": "${f.action}", "text": {"type": "plain_text", "text": "${plain(f.label)}"}<#if f?is_first>, "style": "primary"</#if>, "value": "${f.value}"},
</#list>
<#if t.withDone>
      {"type": "button", "action_id": "timeline-done", "text": {"type": "plain_text", "text": "Done"}<#if !t.forms?has_content>, "style": "primary"</#if>, "value": "${t.id?c}"},
</#if>
      {"type": "button", "action_id": "timeline-snooze-day", "text": {"type": "plain_text", "text": "Snooze 1 day"}, "value": "${t.id?c}"},
      {"type": "button", "action_id": "timeline-snooze-week", "text": {"type": "plain_text", "text": "Snooze 1 week"}, "value": "${t.id?c}"}
</#if>
    ]}
</#list>
    <@pager "today" today/>,
    {"type": "divider"},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*My accounts*<#if accounts.total == 0>\nNo accounts name you as AE, CE, TA, Expand AE or Lighthouse sponsor yet.<#else> · ${accounts.total?c}, <#if sort == "health">least healthy first<#else>nearest renewal first</#if></#if>"}}
<#if accounts.total gt 0>
    ,{"type": "actions", "block_id": "home-sort", "elements": [
      {"type": "button", "action_id": "home-sort-health", "text": {"type": "plain_text", "text": "Sort by health"}, "value": "health"<#if sort == "health">, "style": "primary"</#if>},
      {"type": "button", "action_id": "home-sort-renewal", "text": {"type": "plain_text", "text": "Sort by renewal date"}, "value": "renewal"<#if sort == "renewal">, "style": "primary"</#if>}
    ]}
</#if>
<#list accountRows as a>
    ,{"type": "section", "text": {"type": "mrkdwn", "text": "*${a.name}*<#if a.roles?has_content> · you are ${a.roles}</#if>\n<#if a.score?has_content><#if a.band == "red">:red_circle:<#elseif a.band == "yellow">:large_yellow_circle:<#else>:large_green_circle:</#if> Health ${a.score}<#if a.trend == "up"> :arrow_upper_right:<#elseif a.trend == "down"> :arrow_lower_right:<#elseif a.trend == "flat"> :arrow_right:</#if> ${a.band}<#else>:white_circle: No score yet</#if> · <#if a.renewal?has_content>Renews ${a.renewal}<#if a.rating?has_content> (rated ${a.rating})</#if><#else>No renewal date</#if>\n<#if a.handoff?has_content>Hand-off ${a.handoff} · </#if><#if a.covered>Roles covered<#else>Roles missing</#if><#if a.lighthouse?has_content> · Lighthouse: ${a.lighthouse}</#if>"}}
</#list>
    <@pager "accounts" accounts/>,
    {"type": "divider"},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*My settings*\nAlerts as DMs for the accounts I own (the channel gets them either way):"}},
    {"type": "actions", "block_id": "home-settings-alerts", "elements": [
<#list ["first-use", "seat-state", "band-change"] as alert>
<#assign chosen = settings.alerts[alert]>
      {"type": "static_select", "action_id": "home-alert-${alert}", "placeholder": {"type": "plain_text", "text": "<#if alert == "first-use">First uses<#elseif alert == "seat-state">Seat states<#else>Band changes</#if>"},
       "options": [<@choice "all" alertName(alert) + ": all my accounts"/>, <@choice "red" alertName(alert) + ": red accounts only"/>, <@choice "none" alertName(alert) + ": none"/>],
       "initial_option": <@choice chosen alertName(alert) + ": " + (chosen == "all")?then("all my accounts", (chosen == "red")?then("red accounts only", "none"))/>}<#sep>,</#sep>
</#list>
    ]},
    {"type": "section", "text": {"type": "mrkdwn", "text": "Quiet hours: no reminders or DMs from Baton <#if settings.own>(your own)<#else>(the working hours: evenings from 18:00 to 09:00 and weekends)</#if>"}},
    {"type": "actions", "block_id": "home-settings-quiet", "elements": [
      {"type": "static_select", "action_id": "home-quiet-from", "placeholder": {"type": "plain_text", "text": "Quiet from"},
       "options": [<#list settings.evenings as h><@hour h/><#sep>, </#sep></#list>], "initial_option": <@hour settings.from/>},
      {"type": "static_select", "action_id": "home-quiet-until", "placeholder": {"type": "plain_text", "text": "Until"},
       "options": [<#list settings.mornings as h><@hour h/><#sep>, </#sep></#list>], "initial_option": <@hour settings.until/>},
      {"type": "static_select", "action_id": "home-quiet-weekends", "placeholder": {"type": "plain_text", "text": "Weekends"},
       "options": [<@choice "1" "Weekends quiet"/>, <@choice "0" "Weekends like weekdays"/>],
       "initial_option": <#if settings.weekends><@choice "1" "Weekends quiet"/><#else><@choice "0" "Weekends like weekdays"/></#if>}<#if settings.own>,
      {"type": "button", "action_id": "home-quiet-reset", "text": {"type": "plain_text", "text": "Back to working hours"}, "value": "reset"}</#if>
    ]}
<#if leader>
    ,{"type": "divider"},
    {"type": "header", "text": {"type": "plain_text", "text": "Leaders"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Team*<#if countedAt??> (counted at ${countedAt})</#if><#if !countedAt??>\nBeing counted: back within a minute.<#elseif !team?has_content>\nNo account has a team yet.</#if><#list team as p>\n${mention(p.person)} · ${p.accounts?c} account<#if p.accounts != 1>s</#if> · ${p.overdue?c} overdue · <#if p.reds gt 0>:red_circle: </#if>${p.reds?c} red</#list>"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Health overview*<#if countedAt??> (counted at ${countedAt})</#if>\n:large_green_circle: ${bands.green?c} green · :large_yellow_circle: ${bands.yellow?c} yellow · :red_circle: ${bands.red?c} red · :white_circle: ${bands.none?c} no score yet"}},
<#if overview??>
<#assign o = overview>
<#assign inputLabels = {"utilisation": "Utilisation", "adoption": "Adoption", "engagement": "Engagement", "version_currency": "Version currency", "relationships": "Relationships"}>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Weekly health overview* · the week of ${o.week} · ${o.accounts?c} scored: ${o.bands.green?c} green, ${o.bands.yellow?c} yellow, ${o.bands.red?c} red<#list o.segments as s>\n*${s.name}* · ${s.green?c} green · ${s.yellow?c} yellow · ${s.red?c} red</#list>"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Biggest movers*<#if !o.movers?has_content> · none this week</#if><#list o.movers as m>\n<#if m.up>:arrow_upper_right:<#else>:arrow_lower_right:</#if> *${m.name}* ${m.change} · ${m.last?c} → ${m.score?c}, now ${m.band}</#list>\n*Turned red*<#if !o.turnedRed?has_content> · none this week</#if><#list o.turnedRed as m>\n:red_circle: *${m.name}* · ${m.lastBand} (${m.last?c}) → red (${m.score?c})</#list><#if o.moreRed gt 0>\n…and ${o.moreRed?c} more</#if>"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "<#if o.missing?has_content>Inputs missing most often: <#list o.missing as i>${inputLabels[i.input]!i.input} (${i.accounts?c})<#sep>, </#sep></#list><#else>Every scored account had every input.</#if>"}]},
<#else>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "The weekly health overview is posted on Mondays from 09:00 and shows here from the first one."}]},
</#if>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Muted usage alerts*<#if !mutes?has_content>\nNone: every feature and account alerts the channel.</#if>"}}
<#list mutes as m>
    ,{"type": "section", "text": {"type": "mrkdwn", "text": "<#if m.kind == "account">Account<#else>Feature</#if> *${m.label}* · muted by ${mention(m.by)}"},
     "accessory": {"type": "button", "action_id": "home-unmute", "text": {"type": "plain_text", "text": "Unmute"}, "value": "${m.value}"}}
</#list>
    ,{"type": "section", "text": {"type": "mrkdwn", "text": "*Undelivered messages*<#if !deadLetters?has_content>\nNone: every automatic message went out.</#if>"}}
<#list deadLetters as d>
    ,{"type": "section", "text": {"type": "mrkdwn", "text": "*To ${d.destination}* · ${d.attempts} attempt<#if d.attempts != 1>s</#if>\n${d.error}"}},
    {"type": "actions", "elements": [
      {"type": "button", "action_id": "outbox-retry", "text": {"type": "plain_text", "text": "Retry"}, "style": "primary", "value": "${d.id?c}"},
      {"type": "button", "action_id": "outbox-drop", "text": {"type": "plain_text", "text": "Drop"}, "value": "${d.id?c}"}
    ]}
</#list>
</#if>
  ]
}
