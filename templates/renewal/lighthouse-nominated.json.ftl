<#-- To the leaders, at once: a red rating nominated the account for Lighthouse. -->
{
  "text": "${account.name} is nominated for Lighthouse (red renewal)",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":rotating_light: *${account.name}* is rated *Red* (agreed by ${mention(by)}) and is nominated for the Lighthouse churn-save program. Renews ${cycle.renewalDate}<#if arr?has_content>, ARR ${arr}</#if>.<#if summary?has_content>\n${summary}</#if>"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "AE ${mention(account.ae!"")} · TA ${mention(account.ta!"")} · `/renewal ${account.name}` for the assessment"}]}
  ]
}
