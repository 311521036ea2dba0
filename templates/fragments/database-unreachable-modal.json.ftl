<#-- The same as a modal: pushed over a form whose submission could not be saved (overForm: the form is still
     underneath, as filled in), or opened for a button or shortcut that has no message to answer in. -->
{
  "type": "modal",
  "title": {"type": "plain_text", "text": "Baton"},
  "close": {"type": "plain_text", "text": "<#if overForm>Back to the form<#else>Close</#if>"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": ":warning: Baton can't reach its database, so nothing was changed. <#if overForm>Your form is still open underneath, as you filled it in: go back and submit it again in a minute.<#else>Please try again in a minute.</#if>"}}
  ]
}
