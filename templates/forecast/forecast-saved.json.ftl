<#-- Shown in place of the forecast modal once the forecast is saved. -->
{
  "type": "modal",
  "title": {"type": "plain_text", "text": "Forecast saved"},
  "close": {"type": "plain_text", "text": "Done"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${cycle.accountName}* (renews ${cycle.renewalDate}): *${cycle.forecastLabel()}*<#if cycle.forecastArrAfterCents??>, ${cycle.forecastArrAfter()} ARR after</#if>, against the <#if cycle.forecastRating??>${cycle.forecastRating}<#else>not yet agreed</#if> rating.<#if cycle.forecastReason??>\nWhy: ${cycle.forecastReason}</#if>"}}<#if told?has_content>,
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "It contradicts the rating, so <#list told as m>${mention(m)}<#sep>, </#sep></#list> <#if told?size == 1>has<#else>have</#if> been told."}]}</#if>
  ]
}
