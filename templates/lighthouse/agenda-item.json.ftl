<#-- One account on the sync's agenda: a new entrant's problem, goal, criteria and plan, or the TA's answers (flagged when missing). -->
{
  "text": "${account.name}<#if entrant> (new)</#if>",
  "blocks": [
<#if entrant>
    {"type": "section", "text": {"type": "mrkdwn", "text": ":new: *New entrant: ${account.name}*<#if confirmed> · plan confirmed by the TA</#if>\n*Problem*\n<#if problem?has_content>${problem}<#else>not written yet</#if>\n*Goal*\n<#if goal?has_content>${goal}<#else>not written yet</#if>"}},
<#list criteria as c>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${c.what}* · target ${c.target}<#list c.steps as s>\n• ${s.action} · ${mention(s.owner)} · due ${s.due}</#list>"}},
</#list>
<#elseif answered>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}*\n*Updates in the last two weeks*\n${updates}<#if blockers?has_content>\n*Blockers, risks or asks*\n${blockers}</#if>"}},
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": ":warning: *${account.name}*: the TA did not answer before the sync."}},
</#if>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "TA ${mention(account.ta!"")} · AE ${mention(account.ae!"")}<#if sponsor?has_content> · sponsor ${mention(sponsor)}</#if> · notes in this thread"}]}
  ]
}
