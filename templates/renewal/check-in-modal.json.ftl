<#-- The TA's weekly check-in on a yellow or red renewal: progress, corrective action and the trend. -->
{
  "type": "modal",
  "callback_id": "renewal-check-in-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Renewal check-in"},
  "submit": {"type": "plain_text", "text": "Check in"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}* is rated *${rating}* and renews *${cycle.renewalDate}*.<#if last??> Last check-in ${last.date} by ${mention(last.actor)}: ${last.progress}</#if>"}},
    {"type": "input", "block_id": "renewal-check-in-progress", "optional": true, "label": {"type": "plain_text", "text": "Progress this week"},
     "element": {"type": "plain_text_input", "action_id": "renewal-check-in-progress-input", "multiline": true, "max_length": 3000}},
    {"type": "input", "block_id": "renewal-check-in-corrective", "optional": true, "label": {"type": "plain_text", "text": "Corrective action"},
     "element": {"type": "plain_text_input", "action_id": "renewal-check-in-corrective-input", "multiline": true, "max_length": 3000}},
    {"type": "input", "block_id": "renewal-check-in-trend", "optional": true, "label": {"type": "plain_text", "text": "Trend"},
     "element": {"type": "static_select", "action_id": "renewal-check-in-trend-input", "options": [
       {"text": {"type": "plain_text", "text": "On track"}, "value": "on_track"},
       {"text": {"type": "plain_text", "text": "At risk"}, "value": "at_risk"},
       {"text": {"type": "plain_text", "text": "Off track"}, "value": "off_track"}]}}
  ]
}
