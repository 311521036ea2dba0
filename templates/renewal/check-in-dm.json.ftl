<#-- To the AE's manager: each weekly check-in on a yellow or red renewal. -->
{
  "text": "${account.name}: renewal check-in (${trend})",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":memo: ${mention(checkIn.actor)} checked in on *${account.name}* (${rating}, renews ${cycle.renewalDate}): *${trend}*\n*Progress*\n${checkIn.progress}<#if checkIn.correctiveAction?has_content>\n*Corrective action*\n${checkIn.correctiveAction}</#if>"}}
  ]
}
