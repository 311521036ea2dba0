<#-- The /roles card: contacts with their roles and the coverage of the three required roles. -->
{
  "text": "Roles on ${account.name}",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "${plain(account.name)}", "emoji": true}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "<#if account.crmId??>CRM ${account.crmId} · </#if>${account.lifecycleStage}<#if account.ae??> · AE ${mention(account.ae)}</#if><#if account.ce??> · CE ${mention(account.ce)}</#if><#if account.ta??> · TA ${mention(account.ta)}</#if>"}]},
<#if health??>
<#assign healthEmoji = {"green": ":large_green_circle:", "yellow": ":large_yellow_circle:", "red": ":red_circle:"}>
<#assign trendWord = {"up": "↑ up on last week", "down": "↓ down on last week", "flat": "→ flat on last week"}>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "${healthEmoji[health.band]} Health *${health.score}* (${health.band}) · ${trendWord[health.trend]}<#if health.missing?has_content> · no input yet: ${health.missing}</#if>"}]},
</#if>
<#if lighthouse??>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": ":rotating_light: <#if lighthouse.status == "enrolled">In the Lighthouse churn-save program<#else>Nominated for the Lighthouse churn-save program</#if> since ${lighthouseSince} by ${mention(lighthouse.nominatedBy)}"}]},
</#if>
<#if digital.enrolled()>
    {"type": "section", "block_id": "journeys-status", "text": {"type": "mrkdwn", "text": ":envelope: Digital journeys: <#if digital.journeys?has_content>${digital.journeys?join(", ")}<#else>none running</#if><#if digital.paused?has_content> · paused: ${digital.paused?join(", ")}</#if>"}<#if canChange>,
      "accessory": {"type": "overflow", "action_id": "journeys-pause-menu", "options": [
<#list digital.journeys as j>
        {"text": {"type": "plain_text", "text": "Pause ${plain(j)}"}, "value": "pause:${account.id?c}:${j}"}<#sep>,</#sep>
</#list><#if digital.journeys?has_content && digital.paused?has_content>,</#if>
<#list digital.paused as j>
        {"text": {"type": "plain_text", "text": "Resume ${plain(j)}"}, "value": "resume:${account.id?c}:${j}"}<#sep>,</#sep>
</#list>
      ]}</#if>},
</#if>
<#if notice?has_content>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": ":white_check_mark: ${notice}"}]},
</#if>
<#if confirmRemoval??>
    {"type": "section", "block_id": "roles-confirm-removal", "text": {"type": "mrkdwn", "text": ":warning: Remove *${confirmRemoval.displayName()}* (${confirmRemoval.email}) from ${account.name}? Their roles go with them."}},
    {"type": "actions", "elements": [
      {"type": "button", "action_id": "roles-remove-contact", "style": "danger", "text": {"type": "plain_text", "text": "Remove"}, "value": "${confirmRemoval.accountId?c}:${confirmRemoval.id?c}"},
      {"type": "button", "action_id": "roles-page", "text": {"type": "plain_text", "text": "Keep"}, "value": "${account.id?c}:${page?c}"}
    ]},
</#if>
    {"type": "section", "block_id": "roles-coverage", "text": {"type": "mrkdwn", "text": "*Required roles*<#list required as r>\n<#if r.covered>:white_check_mark: *${r.label}*: ${r.holders}<#else>:x: *${r.label}*: nobody yet</#if></#list><#if missing?has_content>\n*Missing:* ${missing}<#else>\nAll required roles are covered.</#if><#if untagged gt 0>\n:label: ${untagged} contact<#if untagged gt 1>s have<#else> has</#if> no role yet.</#if>"}},
    {"type": "divider"},
<#if contacts?has_content>
<#list contacts as c>
    {"type": "section", "block_id": "roles-contact-${c.id?c}", "text": {"type": "mrkdwn", "text": "*${c.displayName()}*<#if c.title?has_content> · ${c.title}</#if>\n${c.email}<#if c.timeZone??> · ${c.timeZone}</#if>\n<#if c.untagged()>_No role yet_<#else>${c.roles.labels()}</#if> · Instance Admin: <#if c.instanceAdmin>Yes<#else>No</#if><#if digital.notes[c.id?c]??>\n:no_entry_sign: ${digital.notes[c.id?c]}</#if>"}<#if canChange>,
      "accessory": {"type": "overflow", "action_id": "roles-contact-menu", "options": [
        {"text": {"type": "plain_text", "text": "Edit"}, "value": "edit:${c.accountId?c}:${c.id?c}"},
        {"text": {"type": "plain_text", "text": "Remove"}, "value": "remove:${c.accountId?c}:${c.id?c}"}
      ]}</#if>},
</#list>
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "No contacts yet.<#if canChange> Tag the first one: a hand-off needs an Instance Admin, a Program Contact and a Champion.</#if>"}},
</#if>
<#assign buttons = []>
<#if canChange><#assign buttons = buttons + ["tag", "churn"]></#if>
<#if page gt 1><#assign buttons = buttons + ["previous"]></#if>
<#if page lt pages><#assign buttons = buttons + ["next"]></#if>
<#if buttons?has_content>
    {"type": "actions", "block_id": "roles-card-actions", "elements": [
<#list buttons as b>
<#if b == "tag">
      {"type": "button", "action_id": "roles-tag-contact", "style": "primary", "text": {"type": "plain_text", "text": "Tag a contact"}, "value": "${account.id?c}:${page?c}"}<#sep>,</#sep>
<#elseif b == "churn">
      {"type": "button", "action_id": "churn-record-open", "text": {"type": "plain_text", "text": "Record churn"}, "value": "${account.id?c}"}<#sep>,</#sep>
<#elseif b == "previous">
      {"type": "button", "action_id": "roles-page", "text": {"type": "plain_text", "text": "‹ Previous"}, "value": "${account.id?c}:${(page - 1)?c}"}<#sep>,</#sep>
<#else>
      {"type": "button", "action_id": "roles-page-next", "text": {"type": "plain_text", "text": "Next ›"}, "value": "${account.id?c}:${(page + 1)?c}"}<#sep>,</#sep>
</#if>
</#list>
    ]},
</#if>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "${total} contact<#if total != 1>s</#if><#if pages gt 1> · page ${page} of ${pages}</#if><#if !canChange> · You can view; the account team or a leader can change contacts.</#if>"}]}
  ]
}
