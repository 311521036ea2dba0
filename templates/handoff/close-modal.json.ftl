<#-- Mark closed-won: shows what is still missing; a leader may close anyway with a reason. -->
{
  "type": "modal",
  "callback_id": "handoff-close-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Mark closed-won"},
  "submit": {"type": "plain_text", "text": "Close"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
<#if missing?has_content>
    {"type": "section", "text": {"type": "mrkdwn", "text": ":warning: *${account.name}* is not ready to close:<#list missing as m>\n• ${m}</#list>"}},
    {"type": "input", "block_id": "close-override", "optional": true, "label": {"type": "plain_text", "text": "Leaders: close anyway because…"},
     "hint": {"type": "plain_text", "text": "Only a leader can close with missing items; the reason is kept in the audit log."},
     "element": {"type": "plain_text_input", "action_id": "close-override-input", "multiline": true, "max_length": 2000}}
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": ":white_check_mark: *${account.name}*: every hand-off item is done. Closing moves it to *1. Onboarding* and starts the <#if account.serviceModel! == "Named">hand-over to the Expand AE<#else>low-touch welcome</#if>."}}
</#if>
  ]
}
