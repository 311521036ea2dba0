<#assign text = ":warning: ${contact} at *${account}* scored us *${score}/10* in the 30-day survey. Please reach out to them.">
{
  "text": "${text}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "${text}"}}<#if comment?has_content>,
    {"type": "section", "text": {"type": "mrkdwn", "text": "> ${comment}"}}</#if>
  ]
}
