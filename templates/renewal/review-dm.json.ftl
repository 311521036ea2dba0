<#-- To the AE's manager (or the leaders): the submitted assessment, with Agree and Change rating. -->
{
  "text": "Renewal assessment for ${account.name}: ${overall}, for your review",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":clipboard: *${account.name}* renews *${cycle.renewalDate}*. ${mention(submittedBy)} rated it *${overall}* with the AE ${mention(account.ae!"")}. Agree, or change the rating with a reason."}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Summary*\n${summary}<#if risks?has_content>\n*Risks*\n${risks}</#if>"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#list drivers as d>*${d.label}*: ${d.ratingLabel}<#if d.note?has_content> · ${d.note}</#if><#sep>\n</#sep></#list>"}},
<#if missingRoleReason?has_content>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": ":warning: A required role is not tagged: ${missingRoleReason}"}]},
</#if>
    {"type": "actions", "block_id": "renewal-review-actions", "elements": [
      {"type": "button", "action_id": "renewal-agree", "style": "primary", "text": {"type": "plain_text", "text": "Agree"}, "value": "${cycle.id?c}"},
      {"type": "button", "action_id": "renewal-change-open", "text": {"type": "plain_text", "text": "Change rating"}, "value": "${cycle.id?c}"}
    ]}
  ]
}
