<#-- DM'd through the outbox to the churn-retro sponsor and the account's TA when a retro is required. -->
{
  "text": "Churn retro needed for ${account.name}",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":rewind: *Churn retro needed: ${account.name}*\n${churn.kind?cap_first} churn of ${churn.arrLost()} ARR (${churn.arrBefore()} → ${churn.arrAfter()}), seats ${churn.seatsBefore} → ${churn.seatsAfter}, effective ${churn.effectiveDate}.\nSponsor: ${mention(retro.sponsor)}<#if retro.ta??> · TA: ${mention(retro.ta)}<#else> · no TA is assigned: the sponsor fills the doc</#if>"}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "The TA fills the retro doc (drafts are kept), books the review call with the AE and the sponsor, and the sponsor marks it reviewed."}]},
    {"type": "actions", "block_id": "churn-kickoff-actions", "elements": [
      {"type": "button", "action_id": "churn-start-retro", "style": "primary", "text": {"type": "plain_text", "text": "Start retro"}, "value": "${churn.id?c}"}
    ]}
  ]
}
