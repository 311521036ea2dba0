<#-- The save plan of a yellow (or red) renewal: the problem, the goal and up to five steps, each with an owner and a due date. -->
{
  "type": "modal",
  "callback_id": "renewal-save-plan-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Save plan"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}* is rated *${rating}* and renews *${cycle.renewalDate}*. Write what is wrong, what good looks like, and the steps to get there."}},
    {"type": "input", "block_id": "renewal-plan-problem", "optional": true, "label": {"type": "plain_text", "text": "Problem"},
     "element": {"type": "plain_text_input", "action_id": "renewal-plan-problem-input", "multiline": true, "max_length": 3000<#if problem?has_content>, "initial_value": "${plain(problem)}"</#if>}},
    {"type": "input", "block_id": "renewal-plan-goal", "optional": true, "label": {"type": "plain_text", "text": "Goal"},
     "element": {"type": "plain_text_input", "action_id": "renewal-plan-goal-input", "multiline": true, "max_length": 3000<#if goal?has_content>, "initial_value": "${plain(goal)}"</#if>}},
<#list slots as s>
    {"type": "input", "block_id": "renewal-plan-step-${s.position}-action", "optional": true, "label": {"type": "plain_text", "text": "Step ${s.position}"},
     "element": {"type": "plain_text_input", "action_id": "renewal-plan-step-${s.position}-action-input", "max_length": 2000<#if s.action?has_content>, "initial_value": "${plain(s.action)}"</#if>}},
    {"type": "input", "block_id": "renewal-plan-step-${s.position}-owner", "optional": true, "label": {"type": "plain_text", "text": "Owner"},
     "element": {"type": "users_select", "action_id": "renewal-plan-step-${s.position}-owner-input"<#if s.owner?has_content>, "initial_user": "${plain(s.owner)}"</#if>}},
    {"type": "input", "block_id": "renewal-plan-step-${s.position}-due", "optional": true, "label": {"type": "plain_text", "text": "Due"},
     "element": {"type": "datepicker", "action_id": "renewal-plan-step-${s.position}-due-input"<#if s.due?has_content>, "initial_date": "${s.due}"</#if>}}<#sep>,</#sep>
</#list>
  ]
}
