<#assign text = "${contact} at *${account}* answered the 30-day survey: *${score}/10*.">
{
  "text": "${text}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "${text}"}}<#if comment?has_content>,
    {"type": "section", "text": {"type": "mrkdwn", "text": "> ${comment}"}}</#if>
  ]
}
