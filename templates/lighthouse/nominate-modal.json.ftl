<#-- Nominate an account for the Lighthouse program ad hoc: the reason is required. -->
{
  "type": "modal",
  "callback_id": "lighthouse-nominate-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Nominate"},
  "submit": {"type": "plain_text", "text": "Nominate"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "Put *${account.name}* in the Lighthouse churn-save program. Its TA is asked for the save plan at once."}},
    {"type": "input", "block_id": "lighthouse-reason", "optional": true, "label": {"type": "plain_text", "text": "Why does it need the program?"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-reason-input", "multiline": true, "max_length": 3000}}
  ]
}
