<#-- The answer after recording a churn: shown in place of the modal. -->
{
  "type": "modal",
  "title": {"type": "plain_text", "text": "Churn recorded"},
  "close": {"type": "plain_text", "text": "Done"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}*: ${churn.kind} churn of ${churn.arrLost()} ARR (${churn.arrBefore()} → ${churn.arrAfter()}), seats ${churn.seatsBefore} → ${churn.seatsAfter}, effective ${churn.effectiveDate}.\nClosed-lost: ${churn.category}: ${churn.reason}"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if retro??>:rewind: A retro is required (more than $150,000.00 ARR lost and fewer seats). ${mention(retro.sponsor)}<#if retro.ta??> and ${mention(retro.ta)}</#if> have been asked to start it.<#else>:information_source: ${whyNoRetro}</#if>"}}
  ]
}
