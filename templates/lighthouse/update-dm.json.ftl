<#-- To the TA's manager and the sponsor: each weekly update. -->
{
  "text": "${account.name}: Lighthouse weekly update",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":memo: ${mention(by)}'s weekly Lighthouse update on *${account.name}*\n*Progress*\n${update.progress}<#if update.blockers?has_content>\n*Blockers*\n${update.blockers}</#if><#if update.asks?has_content>\n*Asks*\n${update.asks}</#if>"}},
<#if criteria?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Criteria*<#list criteria as c>\n<#if c.met>:white_check_mark:<#else>:dart:</#if> ${c.what}: <#if c.current?has_content>${c.current}<#else>—</#if> of ${c.target}</#list>"}},
</#if>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "`/lighthouse ${account.name}` for the card"}]}
  ]
}
