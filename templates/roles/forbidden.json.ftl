<#-- A user outside the account team (and not a leader) tried to change contacts. -->
{
  "text": "Only the account team or a leader can change contacts on ${accountName}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":lock: You can view *${accountName}*, but only its account team<#if team?has_content> (<#list team as id>${mention(id)}<#sep>, </#sep></#list>)</#if> or a leader can change its contacts."}}
  ]
}
