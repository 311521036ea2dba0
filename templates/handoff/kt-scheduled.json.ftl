<#-- DM to each knowledge-transfer attendee. -->
{
  "text": "Knowledge transfer for ${account.name}: ${when}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":handshake: *Knowledge transfer for ${account.name}*\n${when}\nWith <#list attendees as u>${mention(u)}<#sep>, </#sep></#list>."}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Scheduled by ${mention(scheduledBy)}.<#if mail> A calendar invite is on its way by email.</#if>"}]}
  ]
}
