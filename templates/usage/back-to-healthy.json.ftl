<#-- Threaded under a seat alert when the account's utilisation is healthy again. -->
{
  "text": "${account.name} is back to healthy seat utilisation (${percent}%)",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":white_check_mark: *${account.name}* is back to healthy: ${activeUsers} active users of ${seatsPurchased} seats (${percent}%) as of ${asOf}."}}
  ]
}
