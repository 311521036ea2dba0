<#-- To the Expand AE and the people told at hand-over: the account is now the Expand AE's. -->
{
  "text": "${account.name} is handed over to the Expand AE",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":handshake: *${account.name}* is handed over: <#if account.ae??>${mention(account.ae)}</#if> now owns the account and its renewal<#if account.renewalDate??> (${account.renewalDate})</#if>. Handed over by ${mention(by)}."}}
  ]
}
