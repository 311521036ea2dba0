<#-- DM'd to the retro's sponsor when the last call to action is done. -->
{
  "text": "Churn retro for ${account.name}: every call to action is done",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":white_check_mark: *${account.name}*: every call to action from the churn retro is done.<#list actions as a>\n• ${a.action} (${mention(a.owner)})</#list>"}}
  ]
}
