<#-- The hand-off doc, saved as a draft until marked complete; each save is a version. -->
<#macro area id label value hint="">
    {"type": "input", "block_id": "${id}", "optional": true, "label": {"type": "plain_text", "text": "${label}"},<#if hint?has_content> "hint": {"type": "plain_text", "text": "${hint}"},</#if>
     "element": {"type": "plain_text_input", "action_id": "${id}-input", "multiline": true, "max_length": 3000<#if value?has_content>, "initial_value": "${plain(value)}"</#if>}},
</#macro>
{
  "type": "modal",
  "callback_id": "handoff-doc-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Hand-off doc"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "*${account.name}* · ${account.deployment!"deployment not set"} · ${(account.seatsPurchased?c)!"?"} seats<#if version gt 0> · editing v${version}</#if>"}]},
<@area "doc-goals" "Customer goals and use cases" fields.goals!""/>
<@area "doc-success" "Success criteria" fields.success!""/>
<@area "doc-environment" "Technical environment" fields.environment!"" "Deployment, code hosts, instance size"/>
<@area "doc-teams" "Seats and where the teams are" fields.teams!""/>
<@area "doc-risks" "Risks" fields.risks!""/>
    {"type": "input", "block_id": "doc-ie", "optional": true, "label": {"type": "plain_text", "text": "Does IE join the production deployment?"},
     "element": {"type": "radio_buttons", "action_id": "doc-ie-input", "options": [{"text": {"type": "plain_text", "text": "Yes"}, "value": "yes"}, {"text": {"type": "plain_text", "text": "No"}, "value": "no"}]<#if fields.ie?has_content>,
       "initial_option": <#if fields.ie == "yes">{"text": {"type": "plain_text", "text": "Yes"}, "value": "yes"}<#else>{"text": {"type": "plain_text", "text": "No"}, "value": "no"}</#if></#if>}},
<@area "doc-notes" "Notes" fields.notes!""/>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Stakeholders come from the tagged contacts (`/roles ${account.name}`)."}]},
    {"type": "input", "block_id": "doc-status", "label": {"type": "plain_text", "text": "Status"},
     "element": {"type": "radio_buttons", "action_id": "doc-status-input", "options": [{"text": {"type": "plain_text", "text": "Draft: I'll finish it later"}, "value": "draft"}, {"text": {"type": "plain_text", "text": "Complete"}, "value": "final"}],
       "initial_option": {"text": {"type": "plain_text", "text": "Draft: I'll finish it later"}, "value": "draft"}}}
  ]
}
