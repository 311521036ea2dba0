{
  "type": "modal",
  "title": {"type": "plain_text", "text": "Release posted"},
  "close": {"type": "plain_text", "text": "Done"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":white_check_mark: *${title}* goes to the product-releases journey's recipients at their next send window."}}
  ]
}
