<#-- /successplan <account> when nothing fits: say so, and offer the nearest names. -->
{
  "text": "No account matches",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "No account matches *${query}*.<#if nearest?has_content> Did you mean:<#list nearest as n>\n• `/successplan ${n}`</#list><#else> Try part of its name or its CRM id; `/successplan` lists your accounts.</#if>"}}
  ]
}
