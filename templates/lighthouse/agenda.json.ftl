<#-- On the sync's morning, to the channel: the agenda's heading; each account follows in a post of its own, for its thread. -->
{
  "text": "Lighthouse sync ${sync}: agenda",
  "blocks": [
    {"type": "header", "text": {"type": "plain_text", "text": "Lighthouse sync ${sync}"}},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Agenda*: ${entrants?c} new entrant<#if entrants != 1>s</#if> first, then ${existing?c} account<#if existing != 1>s</#if> in the program<#if unanswered gt 0> (${unanswered?c} without their TA's answers)</#if>. Take the meeting's notes in each account's thread."}}
  ]
}
