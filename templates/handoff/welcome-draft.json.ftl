<#-- DM to the AE: the welcome email to send by hand (no SMTP, or a personal email from the AE). -->
{
  "text": "Welcome email for ${account.name}: a draft to send",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":email: *Welcome email for ${account.name}* (${account.deployment!"SaaS"} variant)<#if recipients?has_content>\nTo: <#list recipients as r>${r}<#sep>, </#sep></#list><#else>\nTo: the customer's Program Contact, Champion and Instance Admin</#if>\n${why}"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "```${draft}```"}},
    {"type": "actions", "elements": [{"type": "button", "action_id": "handoff-welcome-sent", "text": {"type": "plain_text", "text": "I sent it"}, "style": "primary", "value": "${account.id?c}"}]}
  ]
}
