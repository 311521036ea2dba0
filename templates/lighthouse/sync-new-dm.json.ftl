<#-- Two working days before the sync, to the TA of a new entrant: confirm the problem, goal, criteria and plan. -->
{
  "text": "${account.name}: confirm your plan for the Lighthouse sync on ${sync}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":new: *${account.name}* is new at the Lighthouse sync on *${sync}*: you present it with the AE. Confirm the problem, goal, criteria and plan, or edit them.\n*Problem*\n<#if problem?has_content>${problem}<#else>not written yet</#if>\n*Goal*\n<#if goal?has_content>${goal}<#else>not written yet</#if>"}},
<#list criteria as c>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${c.what}* · target ${c.target}<#list c.steps as s>\n• ${s.action} · ${mention(s.owner)} · due ${s.due}</#list>"}},
</#list>
    {"type": "actions", "block_id": "lighthouse-sync-actions", "elements": [
      {"type": "button", "action_id": "lighthouse-sync-confirm", "style": "primary", "text": {"type": "plain_text", "text": "Confirm"}, "value": "${nomination?c}"},
      {"type": "button", "action_id": "lighthouse-plan-open", "text": {"type": "plain_text", "text": "Edit plan"}, "value": "${account.id?c}"}
    ]}
  ]
}
