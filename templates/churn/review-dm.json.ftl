<#-- DM'd when the TA marks the retro doc ready: the TA books the review call; the sponsor gets Mark reviewed. -->
{
  "text": "Churn retro for ${account.name}: <#if sponsor>ready for your review<#else>book the review call</#if>",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if sponsor>:mag: *${account.name}*: the churn retro doc is ready. Hold the review call with ${mention(retro.ta!"")} and the AE ${mention(account.ae!"")}, then mark it reviewed: the final doc goes to the review channel as a PDF.<#else>:calendar: *${account.name}*: the retro doc is ready. Book the review call with the AE ${mention(account.ae!"")} and the sponsor ${mention(retro.sponsor)}.</#if>"}}<#if sponsor>,
    {"type": "actions", "block_id": "churn-review-actions", "elements": [
      {"type": "button", "action_id": "churn-start-retro", "text": {"type": "plain_text", "text": "Read the doc"}, "value": "${churn.id?c}"},
      {"type": "button", "action_id": "churn-mark-reviewed", "style": "primary", "text": {"type": "plain_text", "text": "Mark reviewed"}, "value": "${churn.id?c}"}
    ]}</#if>
  ]
}
