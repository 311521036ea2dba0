<#-- Leaders pick the account's exec sponsor. -->
{
  "type": "modal",
  "callback_id": "lighthouse-sponsor-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Exec sponsor"},
  "submit": {"type": "plain_text", "text": "Assign"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "input", "block_id": "lighthouse-sponsor", "optional": true, "label": {"type": "plain_text", "text": "Sponsor of ${plain(account.name)}"},
     "element": {"type": "users_select", "action_id": "lighthouse-sponsor-input"<#if sponsor?has_content>, "initial_user": "${plain(sponsor)}"</#if>}}
  ]
}
