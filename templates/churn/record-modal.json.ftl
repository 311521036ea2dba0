<#-- Record a churn (shortcut or account card). Values use plain(): JSON escaping only. -->
{
  "type": "modal",
  "callback_id": "churn-record-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Record churn"},
  "submit": {"type": "plain_text", "text": "Record"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    <#if account??>{"type": "context", "elements": [{"type": "mrkdwn", "text": "Account: *${account.name}*"}]},<#else>
    {"type": "input", "block_id": "churn-field-account", "label": {"type": "plain_text", "text": "Account"},
     "hint": {"type": "plain_text", "text": "Name or CRM id"},
     "element": {"type": "plain_text_input", "action_id": "churn-field-account-input"}},</#if>
    {"type": "input", "block_id": "churn-field-kind", "label": {"type": "plain_text", "text": "Churn"},
     "element": {"type": "radio_buttons", "action_id": "churn-field-kind-input", "options": [
       {"text": {"type": "plain_text", "text": "Full"}, "value": "full"}, {"text": {"type": "plain_text", "text": "Partial"}, "value": "partial"}]}},
    {"type": "input", "block_id": "churn-field-arr-before", "label": {"type": "plain_text", "text": "ARR before ($)"},
     "element": {"type": "plain_text_input", "action_id": "churn-field-arr-before-input"<#if account?? && account.arrCents??>, "initial_value": "${(account.arrCents / 100)?string("0.00")}"</#if>, "placeholder": {"type": "plain_text", "text": "250000.00"}}},
    {"type": "input", "block_id": "churn-field-arr-after", "label": {"type": "plain_text", "text": "ARR after ($)"},
     "element": {"type": "plain_text_input", "action_id": "churn-field-arr-after-input", "placeholder": {"type": "plain_text", "text": "0"}}},
    {"type": "input", "block_id": "churn-field-seats-before", "label": {"type": "plain_text", "text": "Seats before"},
     "element": {"type": "plain_text_input", "action_id": "churn-field-seats-before-input"<#if account?? && account.seatsPurchased??>, "initial_value": "${account.seatsPurchased?c}"</#if>}},
    {"type": "input", "block_id": "churn-field-seats-after", "label": {"type": "plain_text", "text": "Seats after"},
     "element": {"type": "plain_text_input", "action_id": "churn-field-seats-after-input"}},
    {"type": "input", "block_id": "churn-field-effective-date", "label": {"type": "plain_text", "text": "Effective date"},
     "element": {"type": "datepicker", "action_id": "churn-field-effective-date-input"}},
    {"type": "input", "block_id": "churn-field-category", "label": {"type": "plain_text", "text": "Closed-lost category"},
     "element": {"type": "static_select", "action_id": "churn-field-category-input", "options": [<#list categories as c>{"text": {"type": "plain_text", "text": "${plain(c)}"}, "value": "${plain(c)}"}<#sep>, </#sep></#list>]}},
    {"type": "input", "block_id": "churn-field-reason", "label": {"type": "plain_text", "text": "Reason"},
     "element": {"type": "plain_text_input", "action_id": "churn-field-reason-input", "multiline": true, "max_length": 3000}},
    {"type": "input", "block_id": "churn-field-sponsor", "optional": true, "label": {"type": "plain_text", "text": "Churn-retro sponsor"},
     "hint": {"type": "plain_text", "text": "<#if sponsor??>Leave empty for the configured sponsor.<#else>Needed when the churn calls for a retro.</#if>"},
     "element": {"type": "users_select", "action_id": "churn-field-sponsor-input"<#if sponsor??>, "initial_user": "${plain(sponsor)}"</#if>}}
  ]
}
