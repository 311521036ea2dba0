<#-- Two working days before the sync, to the TA of an account already in the program: updates and blockers. -->
{
  "text": "${account.name}: your answers for the Lighthouse sync on ${sync}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":spiral_calendar_pad: The Lighthouse sync is on *${sync}*. For *${account.name}*: the updates in the last two weeks, and any blockers, risks or asks."}},
    {"type": "actions", "block_id": "lighthouse-sync-actions", "elements": [
      {"type": "button", "action_id": "lighthouse-sync-answer-open", "style": "primary", "text": {"type": "plain_text", "text": "Answer"}, "value": "${nomination?c}"}
    ]}
  ]
}
