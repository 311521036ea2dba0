<#-- To sales and TS leadership: an exit is proposed; Agree or Not yet. -->
{
  "text": "${account.name}: Lighthouse exit proposed",
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":door: ${mention(by)} proposes that *${account.name}* leave the Lighthouse program.\n${note}"}},
<#list criteria as c>
    {"type": "section", "text": {"type": "mrkdwn", "text": "<#if c.met>:white_check_mark:<#else>:dart:</#if> *${c.what}*: <#if c.current?has_content>${c.current}<#else>—</#if> of ${c.target}"}},
</#list>
    {"type": "actions", "block_id": "lighthouse-exit-actions", "elements": [
      {"type": "button", "action_id": "lighthouse-exit-agree", "style": "primary", "text": {"type": "plain_text", "text": "Agree"}, "value": "${proposal?c}"},
      {"type": "button", "action_id": "lighthouse-exit-not-yet-open", "text": {"type": "plain_text", "text": "Not yet"}, "value": "${proposal?c}"}
    ]},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "It leaves once sales and TS leadership both agree."}]}
  ]
}
