<#-- The comment posted with the final retro PDF in the review channel. -->
{
  "text": ":page_facing_up: *Churn retro: ${account.name}* (reviewed by ${mention(retro.reviewedBy!"")})\n${churn.kind?cap_first} churn of ${churn.arrLost()} ARR, seats ${churn.seatsBefore} → ${churn.seatsAfter}. Closed-lost: ${retro.agreedCategory!churn.category}.\n*Summary:* ${retro.summary!""}\n*Calls to action:*<#list actions as a> ${a.position}. ${a.action} (${mention(a.owner)}, due ${a.dueDate})<#sep>;</#sep></#list>"
}
