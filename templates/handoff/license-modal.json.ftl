<#-- Record the production license. -->
{
  "type": "modal",
  "callback_id": "handoff-license-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Production license"},
  "submit": {"type": "plain_text", "text": "Record"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "*${account.name}* · ${(account.seatsPurchased?c)!"?"} seats purchased"}]},
    {"type": "input", "block_id": "license-key", "label": {"type": "plain_text", "text": "License key id"},
     "element": {"type": "plain_text_input", "action_id": "license-key-input", "max_length": 200}},
    {"type": "input", "block_id": "license-seats", "label": {"type": "plain_text", "text": "Seats"},
     "element": {"type": "plain_text_input", "action_id": "license-seats-input"<#if account.seatsPurchased??>, "initial_value": "${account.seatsPurchased?c}"</#if>}},
    {"type": "input", "block_id": "license-expires", "label": {"type": "plain_text", "text": "Expires"},
     "element": {"type": "datepicker", "action_id": "license-expires-input"}}
  ]
}
