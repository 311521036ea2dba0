<#-- To the exec sponsor a leader assigned: the account's plan; every later update follows. -->
{
  "text": "You sponsor ${account.name} in the Lighthouse program",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":handshake: ${mention(by)} made you the exec sponsor of *${account.name}* in the Lighthouse program. You get every weekly update.\n*Problem*\n<#if problem?has_content>${problem}<#else>not written yet</#if>\n*Goal*\n<#if goal?has_content>${goal}<#else>not written yet</#if>"}},
<#list criteria as c>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${c.what}* · target ${c.target}<#list c.steps as s>\n• ${s.action} · ${mention(s.owner)} · due ${s.due}</#list>"}},
</#list>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "AE ${mention(account.ae!"")} · TA ${mention(account.ta!"")}"}]}
  ]
}
