<#-- DM to each leader when an automatic message could not be delivered. -->
{
  "text": "Baton could not deliver a message: ${error}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":warning: *Baton could not deliver a message* to ${destination} after ${attempts} attempt<#if attempts != 1>s</#if>.\n*Why:* ${error}"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Message `${dedupeKey}` · queued ${queuedAt}"}]},
    {"type": "actions", "elements": [
      {"type": "button", "action_id": "outbox-retry", "text": {"type": "plain_text", "text": "Retry"}, "style": "primary", "value": "${id?c}"},
      {"type": "button", "action_id": "outbox-drop", "text": {"type": "plain_text", "text": "Drop"}, "value": "${id?c}",
       "confirm": {"title": {"type": "plain_text", "text": "Drop this message?"}, "text": {"type": "plain_text", "text": "It will never be sent. The audit log keeps a record."}, "confirm": {"type": "plain_text", "text": "Drop"}, "deny": {"type": "plain_text", "text": "Keep"}}}
    ]}
  ]
}
