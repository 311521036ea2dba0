<#-- The TA's weekly update: the steps done, each criterion's current value, progress, blockers and asks. -->
{
  "type": "modal",
  "callback_id": "lighthouse-update-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Weekly update"},
  "submit": {"type": "plain_text", "text": "Send"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}*: this week's progress for your 1:1. The TA's manager and the sponsor get it."}},
<#if steps?has_content>
    {"type": "input", "block_id": "lighthouse-steps-done", "optional": true, "label": {"type": "plain_text", "text": "Steps done"},
     "element": {"type": "checkboxes", "action_id": "lighthouse-steps-done-input", "options": [
<#list steps as s>
       {"text": {"type": "plain_text", "text": "${plain(s.action)}"}, "value": "${s.id?c}"}<#sep>,</#sep>
</#list>
     ]}},
</#if>
<#list criteria as c>
    {"type": "input", "block_id": "lighthouse-criterion-${c.position?c}-current", "optional": true, "label": {"type": "plain_text", "text": "Criterion ${c.position?c}: current value"}, "hint": {"type": "plain_text", "text": "${plain(c.what)} · target ${plain(c.target!"")}"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-criterion-${c.position?c}-current-input", "max_length": 200<#if c.currentValue?has_content>, "initial_value": "${plain(c.currentValue)}"</#if>}},
    {"type": "input", "block_id": "lighthouse-criterion-${c.position?c}-met", "optional": true, "label": {"type": "plain_text", "text": "Met?"},
     "element": {"type": "checkboxes", "action_id": "lighthouse-criterion-${c.position?c}-met-input", <#if c.met>"initial_options": [{"text": {"type": "plain_text", "text": "Met"}, "value": "met"}], </#if>"options": [
       {"text": {"type": "plain_text", "text": "Met"}, "value": "met"}]}},
</#list>
    {"type": "input", "block_id": "lighthouse-progress", "optional": true, "label": {"type": "plain_text", "text": "Progress"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-progress-input", "multiline": true, "max_length": 3000}},
    {"type": "input", "block_id": "lighthouse-blockers", "optional": true, "label": {"type": "plain_text", "text": "Blockers"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-blockers-input", "multiline": true, "max_length": 3000}},
    {"type": "input", "block_id": "lighthouse-asks", "optional": true, "label": {"type": "plain_text", "text": "Asks"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-asks-input", "multiline": true, "max_length": 3000}}
  ]
}
