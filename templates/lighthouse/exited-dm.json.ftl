<#-- To the TA: the account left the program; re-assess its renewal health. -->
{
  "text": "${account.name} left the Lighthouse program",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":tada: Sales and TS leadership agreed: *${account.name}* leaves the Lighthouse program. Please re-assess its health rating: `/renewal ${account.name}`."}}
  ]
}
