<#-- /lighthouse <account>: the program's state, the plan with its criteria and steps, the updates, the sponsor, the buttons. -->
<#assign a = card.account>
{
  "text": "Lighthouse: ${a.name}",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Lighthouse: ${plain(a.name)}"}},
<#if card.inProgram>
    {"type": "section", "fields": [
      {"type": "mrkdwn", "text": "*In the program*\nsince ${card.entered} (${card.days?c} day<#if card.days != 1>s</#if>)"},
      {"type": "mrkdwn", "text": "*Sponsor*\n<#if card.sponsor?has_content>${mention(card.sponsor)}<#else>not assigned yet</#if>"},
      {"type": "mrkdwn", "text": "*Team*\nAE <#if a.ae??>${mention(a.ae)}<#else>—</#if> · TA <#if a.ta??>${mention(a.ta)}<#else>—</#if>"},
      {"type": "mrkdwn", "text": "*Renews · next sync*\n<#if a.renewalDate??>${a.renewalDate}<#else>—</#if> · <#if card.nextSync?has_content>${card.nextSync}<#else>not scheduled</#if>"}
    ]},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Save plan* (${card.planStatus})\n*Problem:* <#if card.problem?has_content>${card.problem}<#else>—</#if>\n*Goal:* <#if card.goal?has_content>${card.goal}<#else>—</#if>"}},
<#list card.criteria as c>
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if c.met>:white_check_mark:<#else>:dart:</#if> *${c.what}*<#if c.measure?has_content> · ${c.measure}</#if> · target ${c.target}<#if c.current?has_content> · now ${c.current}</#if><#list c.steps as s>\n<#if s.done>~${s.action}~<#else>${s.action}</#if> · ${mention(s.owner)} · due ${s.due}</#list>"}},
</#list>
<#if card.updates?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Updates*<#list card.updates as u>\n${u.date} · ${mention(u.actor)}: ${u.progress}<#if u.blockers?has_content> · _Blockers:_ ${u.blockers}</#if><#if u.asks?has_content> · _Asks:_ ${u.asks}</#if></#list>"}},
</#if>
<#if card.notYet?has_content>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": ":hourglass: Exit: not yet. ${card.notYet}"}]},
</#if>
<#if card.proposal?has_content>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": ":door: Exit proposed by ${mention(card.proposal.by)}: ${card.proposal.note}"}]},
</#if>
<#if card.onTeam>
    {"type": "actions", "block_id": "lighthouse-card-actions", "elements": [
      {"type": "button", "action_id": "lighthouse-plan-open", "style": "primary", "text": {"type": "plain_text", "text": "Save plan"}, "value": "${a.id?c}"},
      {"type": "button", "action_id": "lighthouse-update-open", "text": {"type": "plain_text", "text": "Weekly update"}, "value": "${a.id?c}"},
<#if card.isLeader>
      {"type": "button", "action_id": "lighthouse-sponsor-open", "text": {"type": "plain_text", "text": "Assign sponsor"}, "value": "${a.id?c}"},
</#if>
      {"type": "button", "action_id": "lighthouse-exit-open", "text": {"type": "plain_text", "text": "Propose exit"}, "value": "${a.id?c}"}
    ]},
</#if>
<#elseif card.pending>
    {"type": "section", "text": {"type": "mrkdwn", "text": ":rotating_light: *${a.name}* is nominated for the Lighthouse program by its red renewal rating and enters it within a minute."}},
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${a.name}* is not in the Lighthouse churn-save program."}},
<#if card.mayNominate>
    {"type": "actions", "block_id": "lighthouse-card-actions", "elements": [
      {"type": "button", "action_id": "lighthouse-nominate-open", "style": "primary", "text": {"type": "plain_text", "text": "Nominate"}, "value": "${a.id?c}"}
    ]},
</#if>
</#if>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Only you can see this card. `/lighthouse` lists the program's accounts."}]}
  ]
}
