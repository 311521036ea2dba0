<#-- The hand-off doc as posted to the account team after each save. -->
{
  "text": "Hand-off doc for ${account.name}, v${version} (${status})",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Hand-off doc: ${plain(account.name)}"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Version ${version} · <#if status == "final">*complete*<#else>draft</#if> · saved by ${mention(savedBy)}"}]},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Customer goals and use cases*\n${fields.goals!"—"}"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Success criteria*\n${fields.success!"—"}"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Technical environment* (${account.deployment!"deployment not set"})\n${fields.environment!"—"}"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Seats and teams* (${(account.seatsPurchased?c)!"?"} seats)\n${fields.teams!"—"}"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Stakeholders*<#list stakeholders as c>\n• ${c.displayName()}<#if c.title??>, ${c.title}</#if> (${c.roles.labels()})<#else>\nNo tagged contacts yet.</#list>"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Risks*\n${fields.risks!"—"}"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*IE joins the production deployment:* <#if fields.ie! == "yes">yes<#elseif fields.ie! == "no">no<#else>not decided</#if>"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Notes*\n${fields.notes!"—"}"}}
  ]
}
