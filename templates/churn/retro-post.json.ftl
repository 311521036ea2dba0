<#-- The kickoff post in BATON_GTM_REVIEW_CHANNEL, edited in place each time the retro moves. -->
{
  "text": "Churn retro: ${account.name} (${retro.statusLabel()})",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Churn retro: ${plain(account.name)}"}},
    {"type": "section", "fields": [
      {"type": "mrkdwn", "text": "*Churn*\n${churn.kind?cap_first}, effective ${churn.effectiveDate}"},
      {"type": "mrkdwn", "text": "*ARR lost*\n${churn.arrLost()} (${churn.arrBefore()} → ${churn.arrAfter()})"},
      {"type": "mrkdwn", "text": "*Seats*\n${churn.seatsBefore} → ${churn.seatsAfter}"},
      {"type": "mrkdwn", "text": "*Closed-lost*\n${retro.agreedCategory!churn.category}"},
      {"type": "mrkdwn", "text": "*Owners*\nSponsor ${mention(retro.sponsor)}<#if retro.ta??>, TA ${mention(retro.ta)}</#if><#if account.ae??>, AE ${mention(account.ae)}</#if>"},
      {"type": "mrkdwn", "text": "*Status*\n${retro.statusLabel()}"}
    ]}<#if actions?has_content>,
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Calls to action*<#list actions as a>\n<#if a.done()>:white_check_mark:<#else>:white_square:</#if> ${a.action} (${mention(a.owner)}, due ${a.dueDate})</#list>"}}</#if>
  ]
}
