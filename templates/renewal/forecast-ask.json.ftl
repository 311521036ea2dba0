<#-- To the AE: the rating is agreed (or changed), so the projected outcome is asked for; the forecast workflow handles the button. -->
{
  "text": "${account.name}: forecast the renewal (rated ${rating})",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":crystal_ball: *${account.name}* renews *${cycle.renewalDate}* and its rating is now *${rating}*. Project the outcome: full churn, partial churn, flat or incremental."}},
    {"type": "actions", "block_id": "renewal-forecast-actions", "elements": [
      {"type": "button", "action_id": "forecast-open", "style": "primary", "text": {"type": "plain_text", "text": "Forecast"}, "value": "${cycle.id?c}"}
    ]}
  ]
}
