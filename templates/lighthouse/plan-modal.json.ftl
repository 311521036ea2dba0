<#-- The Lighthouse save plan: problem, goal, up to three success criteria, each with up to three steps (owner, due date). -->
{
  "type": "modal",
  "callback_id": "lighthouse-plan-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Lighthouse save plan"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}*: why it is in the program, the result wanted, what must be true to exit, and who does what by when. Save a draft, or tick *Submit* to send it to the AE and the reviewers."}},
    {"type": "input", "block_id": "lighthouse-problem", "optional": true, "label": {"type": "plain_text", "text": "Problem statement"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-problem-input", "multiline": true, "max_length": 3000<#if program.problem?has_content>, "initial_value": "${plain(program.problem)}"</#if>}},
    {"type": "input", "block_id": "lighthouse-goal", "optional": true, "label": {"type": "plain_text", "text": "Goal"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-goal-input", "multiline": true, "max_length": 3000<#if program.goal?has_content>, "initial_value": "${plain(program.goal)}"</#if>}},
<#list slots as c>
    {"type": "input", "block_id": "lighthouse-criterion-${c.position?c}-what", "optional": true, "label": {"type": "plain_text", "text": "Criterion ${c.position?c}: what must be true"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-criterion-${c.position?c}-what-input", "max_length": 2000<#if c.what?has_content>, "initial_value": "${plain(c.what)}"</#if>}},
    {"type": "input", "block_id": "lighthouse-criterion-${c.position?c}-measure", "optional": true, "label": {"type": "plain_text", "text": "Measure"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-criterion-${c.position?c}-measure-input", "max_length": 2000<#if c.measure?has_content>, "initial_value": "${plain(c.measure)}"</#if>}},
    {"type": "input", "block_id": "lighthouse-criterion-${c.position?c}-target", "optional": true, "label": {"type": "plain_text", "text": "Target"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-criterion-${c.position?c}-target-input", "max_length": 200<#if c.target?has_content>, "initial_value": "${plain(c.target)}"</#if>}},
    {"type": "input", "block_id": "lighthouse-criterion-${c.position?c}-current", "optional": true, "label": {"type": "plain_text", "text": "Current value"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-criterion-${c.position?c}-current-input", "max_length": 200<#if c.current?has_content>, "initial_value": "${plain(c.current)}"</#if>}},
<#list c.steps as s>
    {"type": "input", "block_id": "lighthouse-step-${c.position?c}-${s.position?c}-action", "optional": true, "label": {"type": "plain_text", "text": "Criterion ${c.position?c}, step ${s.position?c}"},
     "element": {"type": "plain_text_input", "action_id": "lighthouse-step-${c.position?c}-${s.position?c}-action-input", "max_length": 2000<#if s.action?has_content>, "initial_value": "${plain(s.action)}"</#if>}},
    {"type": "input", "block_id": "lighthouse-step-${c.position?c}-${s.position?c}-owner", "optional": true, "label": {"type": "plain_text", "text": "Owner"},
     "element": {"type": "users_select", "action_id": "lighthouse-step-${c.position?c}-${s.position?c}-owner-input"<#if s.owner?has_content>, "initial_user": "${plain(s.owner)}"</#if>}},
    {"type": "input", "block_id": "lighthouse-step-${c.position?c}-${s.position?c}-due", "optional": true, "label": {"type": "plain_text", "text": "Due"},
     "element": {"type": "datepicker", "action_id": "lighthouse-step-${c.position?c}-${s.position?c}-due-input"<#if s.due?has_content>, "initial_date": "${s.due}"</#if>}},
</#list>
</#list>
    {"type": "input", "block_id": "lighthouse-submit", "optional": true, "label": {"type": "plain_text", "text": "Submit"},
     "element": {"type": "checkboxes", "action_id": "lighthouse-submit-input", "options": [
       {"text": {"type": "plain_text", "text": "Submit: send it to the AE and the reviewers"}, "value": "submit"}]}}
  ]
}
