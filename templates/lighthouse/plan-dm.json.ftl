<#-- To the AE, the reviewers and the sponsor: the submitted save plan. -->
{
  "text": "${account.name}: Lighthouse save plan",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":clipboard: The Lighthouse save plan of *${account.name}* is submitted.\n*Problem*\n${problem}\n*Goal*\n${goal}"}},
<#list criteria as c>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${c.what}*<#if c.measure?has_content> · ${c.measure}</#if> · target ${c.target}<#if c.current?has_content> · now ${c.current}</#if><#list c.steps as s>\n• ${s.action} · ${mention(s.owner)} · due ${s.due}</#list>"}},
</#list>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "`/lighthouse ${account.name}` for the card"}]}
  ]
}
