<#-- Under the quarterly ask's reminder: the button that opens the plan form, prefilled from last quarter's. -->
{
  "blocks": [
    {"type": "actions", "elements": [
      {"type": "button", "action_id": "successplan-edit", "style": "primary", "text": {"type": "plain_text", "text": "Write the plan"}, "value": "${account.id?c}"}
    ]}
  ]
}
