<#-- To the leaders: the TA and the AE's manager have not agreed on a rating after two changes. -->
{
  "text": "${account.name}: no agreed renewal rating after ${changes} changes",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":warning: *${account.name}* (renews ${cycle.renewalDate}): the rating has been changed ${changes} times without agreement. Latest: ${mention(by)} changed it to *${rating}*: ${reason}\nThe TA is ${mention(assessor!"")}; please help them align."}}
  ]
}
