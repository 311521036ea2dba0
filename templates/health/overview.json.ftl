<#-- The weekly health overview, to BATON_HEALTH_CHANNEL every Monday: the week just ended, every scored account now
     against its score a week before. At most 9 blocks; names come cut to 80 characters and ten turned red at most. -->
<#assign o = overview>
<#assign emoji = {"green": ":large_green_circle:", "yellow": ":large_yellow_circle:", "red": ":red_circle:"}>
<#assign labels = {"utilisation": "Utilisation", "adoption": "Adoption", "engagement": "Engagement", "version_currency": "Version currency", "relationships": "Relationships"}>
{
  "text": "Account health: the week of ${o.week}: ${o.bands.green?c} green, ${o.bands.yellow?c} yellow, ${o.bands.red?c} red",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Account health: the week of ${plain(o.week)}", "emoji": true}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${o.accounts?c} scored account<#if o.accounts != 1>s</#if>*\n:large_green_circle: ${o.bands.green?c} green · :large_yellow_circle: ${o.bands.yellow?c} yellow · :red_circle: ${o.bands.red?c} red"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*By segment*<#list o.segments as s>\n*${s.name}* · ${s.green?c} green · ${s.yellow?c} yellow · ${s.red?c} red</#list>"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Biggest movers*<#if !o.movers?has_content>\nNo score moved this week.</#if><#list o.movers as m>\n<#if m.up>:arrow_upper_right:<#else>:arrow_lower_right:</#if> *${m.name}* ${m.change} · ${m.last?c} → ${m.score?c}, now ${m.band}</#list>"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Turned red*<#if !o.turnedRed?has_content>\nNo account turned red this week.</#if><#list o.turnedRed as m>\n:red_circle: *${m.name}* · ${m.lastBand} (${m.last?c}) → red (${m.score?c})</#list><#if o.moreRed gt 0>\n…and ${o.moreRed?c} more</#if>"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Inputs missing most often*<#if !o.missing?has_content>\nEvery account had every input.</#if><#list o.missing as i>\n${labels[i.input]!i.input}: ${i.accounts?c} account<#if i.accounts != 1>s</#if></#list>"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Each account's score now against its score a week before; a missing input is left out of the score and its weight spread over the others."}]}
  ]
}
