<#-- /handoff alone: start a hand-off for an existing account (same CRM id or name) or a new one. -->
<#macro select id label options>
    {"type": "input", "block_id": "${id}", "label": {"type": "plain_text", "text": "${label}"},
     "element": {"type": "static_select", "action_id": "${id}-input", "placeholder": {"type": "plain_text", "text": "Pick one"},
       "options": [<#list options as o>{"text": {"type": "plain_text", "text": "${plain(o)}"}, "value": "${plain(o)}"}<#sep>, </#sep></#list>]}},
</#macro>
{
  "type": "modal",
  "callback_id": "handoff-start-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Start hand-off"},
  "submit": {"type": "plain_text", "text": "Start"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "An account already in Baton (same CRM id or name) is updated; otherwise it is created. It enters the success program at *0. Prospect*."}]},
    {"type": "input", "block_id": "handoff-name", "label": {"type": "plain_text", "text": "Account name"},
     "element": {"type": "plain_text_input", "action_id": "handoff-name-input", "max_length": 255}},
    {"type": "input", "block_id": "handoff-crm-id", "optional": true, "label": {"type": "plain_text", "text": "CRM id"},
     "element": {"type": "plain_text_input", "action_id": "handoff-crm-id-input", "max_length": 64, "placeholder": {"type": "plain_text", "text": "0015g00000AbCdE"}}},
<@select "handoff-segment" "Segment" segments/>
<@select "handoff-service-model" "Service model" serviceModels/>
<@select "handoff-order-type" "Order type" orderTypes/>
<@select "handoff-deployment" "Deployment" deployments/>
    {"type": "input", "block_id": "handoff-close-date", "label": {"type": "plain_text", "text": "Expected close date"},
     "element": {"type": "datepicker", "action_id": "handoff-close-date-input"}},
    {"type": "input", "block_id": "handoff-arr", "label": {"type": "plain_text", "text": "ARR (USD)"},
     "element": {"type": "plain_text_input", "action_id": "handoff-arr-input", "placeholder": {"type": "plain_text", "text": "250000"}}},
    {"type": "input", "block_id": "handoff-seats", "label": {"type": "plain_text", "text": "Seats"},
     "element": {"type": "plain_text_input", "action_id": "handoff-seats-input", "placeholder": {"type": "plain_text", "text": "400"}}},
    {"type": "input", "block_id": "handoff-ae", "label": {"type": "plain_text", "text": "AE"},
     "element": {"type": "users_select", "action_id": "handoff-ae-input"<#if userId??>, "initial_user": "${plain(userId)}"</#if>}},
    {"type": "input", "block_id": "handoff-ce", "label": {"type": "plain_text", "text": "CE"},
     "element": {"type": "users_select", "action_id": "handoff-ce-input"}}
  ]
}
