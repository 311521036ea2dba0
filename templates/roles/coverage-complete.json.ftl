<#-- Sent once, through the outbox, when an account's required roles are first covered. -->
{
  "text": "${card.account.name} has all required roles covered",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":white_check_mark: *${card.account.name}* now has an Instance Admin, a Program Contact and a Champion.<#list card.coverage.holders?values as holders><#list holders as c>\n• ${c.displayName()} (${c.roles.labels()})</#list></#list>"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "`/roles ${card.account.name}` shows every contact."}]}
  ]
}
