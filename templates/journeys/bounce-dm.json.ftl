<#assign text = "The address of ${contact} (${email}) at *${account}* bounced, so the digital journeys stop emailing them. Please fix the address on the account's `/roles` card.">
{
  "text": "${text}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "${text}"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "The mail server said: ${reason}"}]}
  ]
}
