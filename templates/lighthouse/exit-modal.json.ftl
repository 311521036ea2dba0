<#-- The account team proposes that the account leave the program. -->
{
  "type": "modal",
  "callback_id": "lighthouse-exit-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Propose exit"},
  "submit": {"type": "plain_text", "text": "Propose"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}* leaves the program once sales and TS leadership both agree."}},
    {"type": "input", "block_id": "lighthouse-exit-note", "optional": true, "label": {"type": "plain_text", "text": "Criteria met, or why not"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-exit-note-input", "multiline": true, "max_length": 2000}}
  ]
}
