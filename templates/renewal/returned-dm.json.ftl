<#-- To the TA: the AE's manager changed the rating; revise the assessment and submit it again. -->
{
  "text": "${account.name}: the rating was changed to ${rating}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":leftwards_arrow_with_hook: ${mention(by)} changed the renewal rating of *${account.name}* to *${rating}*: ${reason}\nRevise the assessment and submit it for review again."}},
    {"type": "actions", "block_id": "renewal-returned-actions", "elements": [
      {"type": "button", "action_id": "renewal-assessment-open", "style": "primary", "text": {"type": "plain_text", "text": "Revise assessment"}, "value": "${account.id?c}"}
    ]}
  ]
}
