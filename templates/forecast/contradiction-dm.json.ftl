<#-- DM'd through the outbox to the AE's manager (the leaders when the account names none) when a forecast contradicts the agreed rating. -->
{
  "text": "Forecast contradicts the rating: ${cycle.accountName}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":warning: *${cycle.accountName}*: ${mention(actor)} forecasts *${cycle.forecastLabel()}*<#if cycle.forecastArrAfterCents??> (${cycle.forecastArrAfter()} ARR after)</#if> against the agreed *${cycle.forecastRating!''}* rating.\nWhy: ${cycle.forecastReason!''}"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Renews ${cycle.renewalDate} · ${cycle.arr()} ARR<#if cycle.ae??> · AE ${mention(cycle.ae)}</#if>"}]},
    {"type": "actions", "block_id": "forecast-contradiction-actions", "elements": [
      {"type": "button", "action_id": "forecast-open", "text": {"type": "plain_text", "text": "Open forecast"}, "value": "${cycle.id?c}"}
    ]}
  ]
}
