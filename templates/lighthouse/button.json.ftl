<#-- The button under a Lighthouse reminder: Write save plan or Write update. -->
{
  "text": "${label}",
  "blocks": [
    {"type": "actions", "block_id": "lighthouse-step-actions", "elements": [
      {"type": "button", "action_id": "${action}", "style": "primary", "text": {"type": "plain_text", "text": "${label}"}, "value": "${value?c}"}
    ]}
  ]
}
