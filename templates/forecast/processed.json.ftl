<#-- Shown in place of the Process renewal modal once the renewal is processed. -->
{
  "type": "modal",
  "title": {"type": "plain_text", "text": "Renewal processed"},
  "close": {"type": "plain_text", "text": "Done"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}*: ${outcome} on ${cycle.processedOn}. ARR now ${arr}<#if account.seatsPurchased??>, ${account.seatsPurchased?c} seats</#if>.<#if account.renewalDate??> Next renewal: ${account.renewalDate}.<#else> No next renewal.</#if>"}}<#if churn??>,
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if churn.retroRequired()>:rewind: The churn is recorded and needs a retro (more than $150,000.00 ARR lost and fewer seats): its sponsor and TA have been asked to start it.<#else>:information_source: The churn is recorded. ${churn.whyNoRetro()}</#if>"}}</#if>
  ]
}
