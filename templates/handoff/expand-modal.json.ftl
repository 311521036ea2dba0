<#-- The First Order to Expand hand-over checklist. -->
<#macro check id label done>
{"text": {"type": "mrkdwn", "text": "${label}"}, "value": "${id}"}</#macro>
{
  "type": "modal",
  "callback_id": "handoff-expand-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Expand hand-over"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "*${account.name}*: when every box is ticked, the account and its renewal move to the Expand AE."}]},
    {"type": "input", "block_id": "expand-ae", "label": {"type": "plain_text", "text": "Expand AE"},
     "element": {"type": "users_select", "action_id": "expand-ae-input"<#if account.expandAe??>, "initial_user": "${plain(account.expandAe)}"</#if>}},
    {"type": "input", "block_id": "expand-checks", "optional": true, "label": {"type": "plain_text", "text": "Hand-over"},
     "element": {"type": "checkboxes", "action_id": "expand-checks-input", "options": [<@check "tagged" "`#FOtoFYEhandoff` tag recorded on the opportunity" handoff.expandTagged/>, <@check "components" "Closed-won opportunity components complete, with notes and call recordings attached" handoff.expandComponents/>, <@check "told" "Expand AE, Expand AE's manager, First Order manager, Sales Support and Expand Director told" handoff.expandTeamTold/>]<#if handoff.expandTagged || handoff.expandComponents || handoff.expandTeamTold>,
       "initial_options": [<#assign first = true><#if handoff.expandTagged><@check "tagged" "`#FOtoFYEhandoff` tag recorded on the opportunity" true/><#assign first = false></#if><#if handoff.expandComponents><#if !first>, </#if><@check "components" "Closed-won opportunity components complete, with notes and call recordings attached" true/><#assign first = false></#if><#if handoff.expandTeamTold><#if !first>, </#if><@check "told" "Expand AE, Expand AE's manager, First Order manager, Sales Support and Expand Director told" true/></#if>]</#if>}}
  ]
}
