<#-- The weekly conversations summary: per journey and step, last week's emails, the week before beside them. -->
{
  "text": "Digital journeys: the week of ${week}",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Digital journeys: the week of ${plain(week)}", "emoji": true}},
<#if rows?has_content>
<#list rows as r>
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${r.journey}* · ${r.step}\n${r.now}\n_The week before:_ ${r.before}"}},
</#list><#if more gt 0>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "…and ${more} more steps."}]},
</#if>
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "No journey emails were queued last week."}},
</#if>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Rates: bounced of all queued; unsubscribed, opened and clicked of those sent. Opens are counted only when BATON_EMAIL_TRACK_OPENS is on."}]}
  ]
}
