<#-- /successplan <account>: this quarter's plan with its progress per goal, last quarter's beside it, and what the viewer may do. -->
<#macro goals plan done>
<#list plan.goals as g>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Goal ${g.goal.position}: ${g.goal.goal}* · ${g.done()} of ${g.total()} done\n_Measure:_ ${g.goal.measure}"}},
<#if done>
<#list g.actions as a>
<#if a.done()>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": ":white_check_mark: ~${a.action}~ · ${mention(a.owner)}"}]},
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "${a.action}\n${mention(a.owner)} · due ${a.dueDate}"},
     "accessory": {"type": "button", "action_id": "successplan-action-done-${a.id?c}", "text": {"type": "plain_text", "text": "Done"}, "value": "${a.id?c}"}},
</#if>
</#list>
</#if>
</#list>
</#macro>
{
  "text": "${account.name}: ${quarter} success plan",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}* · success plan for ${quarter}<#if current?? && current.plan.forQbr> · :star: For QBR</#if><#if current??> · ${current.done()} of ${current.total()} actions done<#else>\nNo plan for ${quarter} yet.</#if>"}},
<#if mayEdit || (leader && current?? && !current.plan.forQbr)>
    {"type": "actions", "elements": [
<#if mayEdit>
      {"type": "button", "action_id": "successplan-edit", "style": "primary", "text": {"type": "plain_text", "text": "Edit"}, "value": "${account.id?c}"}<#if leader && current?? && !current.plan.forQbr>,</#if>
</#if>
<#if leader && current?? && !current.plan.forQbr>
      {"type": "button", "action_id": "successplan-for-qbr", "text": {"type": "plain_text", "text": "For QBR"}, "value": "${current.plan.id?c}"}
</#if>
    ]},
</#if>
<#if current??>
    {"type": "header", "text": {"type": "plain_text", "text": "North Star goals and actions"}},
<@goals plan=current done=true/>
<#if current.relationships?has_content>
    {"type": "header", "text": {"type": "plain_text", "text": "Relationships"}},
<#list current.relationships as r>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*<#if r.contact??>${r.contact.displayName()}<#if r.contact.roles.set?has_content> (${r.contact.roles.labels()})</#if><#else>a removed contact</#if>*<#if r.relationship.sentiment??> · ${r.relationship.sentiment}</#if><#if r.relationship.champion> · to develop into a champion</#if><#if r.relationship.why??>\n_Why them:_ ${r.relationship.why}</#if><#if r.relationship.win??>\n_The win:_ ${r.relationship.win}</#if>"}<#if mayEdit && r.taggable()>,
     "accessory": {"type": "button", "action_id": "successplan-tag-champion-${r.contact.id?c}", "text": {"type": "plain_text", "text": "Tag Champion"}, "value": "${account.id?c}:${r.contact.id?c}"}</#if>},
</#list>
</#if>
<#if current.asks?has_content>
    {"type": "header", "text": {"type": "plain_text", "text": "Asks from the business"}},
<#list current.asks as a>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${a.dependency}*<#if a.risk??>\n_Risk to the goals:_ ${a.risk}</#if><#if a.resolution??>\n_Plan to resolve:_ ${a.resolution}</#if><#if a.help??>\n_Help needed:_ ${a.help}</#if>"}},
</#list>
</#if>
</#if>
    {"type": "divider"},
<#if previous??>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Last quarter (${previous.plan.quarter})* · ${previous.done()} of ${previous.total()} actions done"}},
<@goals plan=previous done=false/>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Edit starts from this quarter's plan, or from last quarter's until this one is written."}]}
<#else>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "No plan for ${quarter.previous()}."}]}
</#if>
  ]
}
