<#-- Any Slack request Baton could not handle because its database was out of reach. Nothing was changed. -->
{
  "text": "Baton can't reach its database, so nothing was changed. Please try again in a minute.",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":warning: Baton can't reach its database, so nothing was changed. Please try again in a minute."}}
  ]
}
