<#-- Mid-quarter, to the AE and the TA's manager: the plan's progress per goal, or that there is none yet. -->
{
  "text": "${account.name}: ${quarter} success plan at mid-quarter",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":bar_chart: *${account.name}*: the ${quarter} success plan at mid-quarter<#if account.ta??> (TA ${mention(account.ta)})</#if>"}},
<#if plan??>
<#list plan.goals as g>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${g.goal.goal}* · ${g.done()} of ${g.total()} actions done\n_Measure:_ ${g.goal.measure}"}},
</#list>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "${plan.done()} of ${plan.total()} actions done in all. `/successplan ${account.name}` shows the plan."}]}
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "There is no ${quarter} plan yet: the TA was asked for it at the start of the quarter."}}
</#if>
  ]
}
