<#-- DM to the AE: the new TA's introduction, to copy to the customer. -->
{
  "text": "${card.account.name} has a TA: an introduction to send the customer",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${card.account.name}* now has a TA: ${mention(card.account.ta)}. Here is an introduction to send your customer contacts:"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "```Hi team,\n\nI'd like to introduce your Technical Advisor, who will partner with you from here on: helping you roll out, adopt and get value from the product, and your first point of contact for technical questions. Expect an invitation to a short kick-off call soon.\n\nLooking forward to it!```"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Add the TA's name and email before you send it."}]}
  ]
}
