<#-- The AE's manager changes the submitted rating, with a reason; it goes back to the TA. -->
{
  "type": "modal",
  "callback_id": "renewal-change-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Change rating"},
  "submit": {"type": "plain_text", "text": "Send back to TA"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}*: the TA rated the renewal *${submitted}*. Pick the rating you see and say why; the TA revises the assessment and submits it again."}},
    {"type": "input", "block_id": "renewal-new-rating", "label": {"type": "plain_text", "text": "Rating"},
     "element": {"type": "static_select", "action_id": "renewal-new-rating-input",
       "options": [<#list ratings as r>{"text": {"type": "plain_text", "text": "${r.label()}"}, "value": "${r.code()}"}<#sep>, </#sep></#list>]}},
    {"type": "input", "block_id": "renewal-change-reason", "optional": true, "label": {"type": "plain_text", "text": "Why"},
     "element": {"type": "plain_text_input", "action_id": "renewal-change-reason-input", "multiline": true, "max_length": 2000}}
  ]
}
