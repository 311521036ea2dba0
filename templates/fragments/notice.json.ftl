{
  "text": "${text}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "${text}"}}
  ]
}
