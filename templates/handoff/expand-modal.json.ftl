<#-- The First Order to Expand hand-over checklist. -->
<#-- Slack caps an option's text and its description at 75 characters each; initial options must repeat them exactly. -->
<#macro check id>
<#if id == "tagged">{"text": {"type": "mrkdwn", "text": "`#FOtoFYEhandoff` tag recorded"}, "description": {"type": "mrkdwn", "text": "On the closed-won opportunity"}, "value": "tagged"}
<#elseif id == "components">{"text": {"type": "mrkdwn", "text": "Opportunity components complete"}, "description": {"type": "mrkdwn", "text": "Closed-won components, with notes and call recordings attached"}, "value": "components"}
<#else>{"text": {"type": "mrkdwn", "text": "Expand team told"}, "description": {"type": "mrkdwn", "text": "Baton DMs the Expand AE and the managers, Sales Support and Director set"}, "value": "told"}</#if></#macro>
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
     "element": {"type": "checkboxes", "action_id": "expand-checks-input", "options": [<@check "tagged"/>, <@check "components"/>, <@check "told"/>]<#if handoff.expandTagged || handoff.expandComponents || handoff.expandTeamTold>,
       "initial_options": [<#assign first = true><#if handoff.expandTagged><@check "tagged"/><#assign first = false></#if><#if handoff.expandComponents><#if !first>, </#if><@check "components"/><#assign first = false></#if><#if handoff.expandTeamTold><#if !first>, </#if><@check "told"/></#if>]</#if>}}
  ]
}
