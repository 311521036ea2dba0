<#-- The button under a renewal step's reminder: Start assessment, Write save plan or Check in. -->
{
  "text": "${label}",
  "blocks": [
    {"type": "actions", "block_id": "renewal-step-actions", "elements": [
      {"type": "button", "action_id": "${action}", "style": "primary", "text": {"type": "plain_text", "text": "${label}"}, "value": "${value}"}
    ]}
  ]
}
