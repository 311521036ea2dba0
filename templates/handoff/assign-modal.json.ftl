<#-- Leaders: the TA support level, the TA segmentation and the TA. -->
<#macro options list>[<#list list as o>{"text": {"type": "plain_text", "text": "${plain(o)}"}, "value": "${plain(o)}"}<#sep>, </#sep></#list>]</#macro>
{
  "type": "modal",
  "callback_id": "handoff-assign-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Support and TA"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "*${account.name}* · ${account.segment!"no segment"} · ${account.serviceModel!"no service model"}<#if account.segment! == "SMB"> · SMB accounts are segmented *Digital*</#if>"}]},
    {"type": "input", "block_id": "handoff-support-level", "label": {"type": "plain_text", "text": "TA support level"},
     "element": {"type": "static_select", "action_id": "handoff-support-level-input", "options": <@options supportLevels/><#if account.taSupportLevel??>,
       "initial_option": {"text": {"type": "plain_text", "text": "${plain(account.taSupportLevel)}"}, "value": "${plain(account.taSupportLevel)}"}</#if>}},
    {"type": "input", "block_id": "handoff-segmentation", "label": {"type": "plain_text", "text": "TA segmentation"},
     "element": {"type": "static_select", "action_id": "handoff-segmentation-input", "options": <@options segmentations/><#if suggestedSegmentation??>,
       "initial_option": {"text": {"type": "plain_text", "text": "${plain(suggestedSegmentation)}"}, "value": "${plain(suggestedSegmentation)}"}</#if>}},
    {"type": "input", "block_id": "handoff-ta", "optional": true, "label": {"type": "plain_text", "text": "TA"},
     "hint": {"type": "plain_text", "text": "The TA gets a DM with the account's summary; the AE gets the TA's introduction to send the customer."},
     "element": {"type": "users_select", "action_id": "handoff-ta-input"<#if account.ta??>, "initial_user": "${plain(account.ta)}"</#if>}}
  ]
}
