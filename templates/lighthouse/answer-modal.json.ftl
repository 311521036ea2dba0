<#-- Before the sync, for an account already in the program: the last two weeks and the blockers, prefilled from the weekly updates. -->
{
  "type": "modal",
  "callback_id": "lighthouse-sync-answer-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Lighthouse sync"},
  "submit": {"type": "plain_text", "text": "Send"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}* at the sync on ${sync}: your answers go on the agenda."}},
    {"type": "input", "block_id": "lighthouse-sync-updates", "optional": true, "label": {"type": "plain_text", "text": "Updates in the last two weeks"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-sync-updates-input", "multiline": true, "max_length": 3000<#if updates?has_content>, "initial_value": "${plain(updates)}"</#if>}},
    {"type": "input", "block_id": "lighthouse-blockers", "optional": true, "label": {"type": "plain_text", "text": "Blockers, risks or asks"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-blockers-input", "multiline": true, "max_length": 3000<#if blockers?has_content>, "initial_value": "${plain(blockers)}"</#if>}}
  ]
}
