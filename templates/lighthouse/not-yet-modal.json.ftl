<#-- A leader keeps the account in the program: the reason shows on its card. -->
{
  "type": "modal",
  "callback_id": "lighthouse-not-yet-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Not yet"},
  "submit": {"type": "plain_text", "text": "Keep it in"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "input", "block_id": "lighthouse-reason", "optional": true, "label": {"type": "plain_text", "text": "What is still missing?"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-reason-input", "multiline": true, "max_length": 2000}}
  ]
}
