<#-- The weekly renewal forecast, posted to BATON_FORECAST_CHANNEL or DM'd to each leader, Mondays from 09:00. -->
<#macro figures q>${q.renewals?c} renewal<#if q.renewals != 1>s</#if> · *${q.arr()}* up for renewal\nProjected: ${q.retained()} retained, ${q.churn()} churn, ${q.expansion()} expansion → ${q.projected()}\nGross retention *${q.grossRetention()}* · net retention *${q.netRetention()}*\nRatings: ${q.green?c} green, ${q.yellow?c} yellow, ${q.red?c} red, ${q.unrated?c} not agreed\nOutcomes: ${q.fullChurn?c} full churn, ${q.partialChurn?c} partial churn, ${q.flat?c} flat, ${q.incremental?c} incremental, ${q.unforecast?c} not forecast</#macro>
<#macro more group><#if group.more() gt 0>\n… and ${group.more()?c} more</#if></#macro>
{
  "text": "Renewal forecast, week of ${report.week}",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Renewal forecast, week of ${plain(report.week.toString())}"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Renewals from ${report.window.from} to ${report.window.to}. A renewal not yet forecast counts as flat; retention is what the forecasts keep of the ARR up for renewal."}]},
    <#list report.quarters as q>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${q.label()}*: <@figures q/>"}},
    </#list>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*All quarters*: <@figures report.total/>"}},
    {"type": "divider"},
    <#if report.compared()>
    <#assign changed = report.changes?filter(g -> g.total gt 0)>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Since last week*<#if !changed?has_content>: no changes.</#if>"}},
    <#list changed as g>
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if g.kind == "new">New in the forecast (${g.total?c})<#elseif g.kind == "rating">Rating changed (${g.total?c})<#elseif g.kind == "outcome">Outcome changed (${g.total?c})<#else>No longer in the forecast (${g.total?c})</#if>:<#list g.rows as c>\n• *${c.name}* (${c.renewalDate})<#if g.kind == "rating">: ${c.was!'not agreed'} → ${c.nowIs!'not agreed'}<#elseif g.kind == "outcome">: ${c.wasOutcome()} → ${c.nowOutcome()}<#elseif g.kind == "dropped">: <#if c.nowIs == "processed">processed<#else>moved out of the window</#if></#if></#list><@more g/>"}},
    </#list>
    <#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Since last week*: no digest last week to compare with."}},
    </#if>
    <#assign missing = report.gaps?filter(g -> g.total gt 0)>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Missing, with the assessment due (renewing by ${report.window.dueBy})*<#if !missing?has_content>: nothing, every renewal is assessed, rated and forecast.</#if>"}}<#list missing as g>,
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if g.kind == "no_assessment">No assessment (${g.total?c})<#elseif g.kind == "no_rating">No agreed rating (${g.total?c})<#else>No forecast for the agreed rating (${g.total?c})</#if>:<#list g.rows as r>\n• *${r.name}* (${r.renewalDate})</#list><@more g/>"}}</#list>
  ]
}
