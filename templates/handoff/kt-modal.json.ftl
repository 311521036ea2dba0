<#-- Schedule the knowledge transfer: when, and who (CE, TA, AE; IE when it helps). -->
{
  "type": "modal",
  "callback_id": "handoff-kt-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Knowledge transfer"},
  "submit": {"type": "plain_text", "text": "Schedule"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "*${account.name}*: each attendee gets a DM<#if mail>, and an email with a calendar invite</#if>."}]},
    {"type": "input", "block_id": "kt-when", "label": {"type": "plain_text", "text": "When"},
     "element": {"type": "datetimepicker", "action_id": "kt-when-input"}},
    {"type": "input", "block_id": "kt-attendees", "label": {"type": "plain_text", "text": "Attendees"},
     "element": {"type": "multi_users_select", "action_id": "kt-attendees-input"<#if team?has_content>, "initial_users": [<#list team as u>"${plain(u)}"<#sep>, </#sep></#list>]</#if>}},
    {"type": "input", "block_id": "kt-ie", "optional": true, "label": {"type": "plain_text", "text": "IE (optional)"},
     "element": {"type": "users_select", "action_id": "kt-ie-input"}}
  ]
}
