<#-- To the leaders: an account was nominated for the Lighthouse program ad hoc. -->
{
  "text": "${account.name} entered the Lighthouse program",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":rotating_light: ${mention(by)} put *${account.name}* in the Lighthouse churn-save program.\n*Why*\n${reason}"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "AE ${mention(account.ae!"")} · TA ${mention(account.ta!"")} · `/lighthouse ${account.name}` to assign its sponsor"}]}
  ]
}
