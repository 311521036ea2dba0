<#-- A leader posts a product release; it goes to the product-releases journey's recipients on their next send window. -->
{
  "type": "modal",
  "callback_id": "journeys-release-modal",
  "title": {"type": "plain_text", "text": "Post a release"},
  "submit": {"type": "plain_text", "text": "Post"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "The release is emailed to the product-releases journey's recipients (Instance Admins and Program Contacts of the digital accounts) at their next send window."}},
    {"type": "input", "block_id": "journeys-release-title", "label": {"type": "plain_text", "text": "Title"},
     "element": {"type": "plain_text_input", "action_id": "journeys-release-title-input", "max_length": 200}},
    {"type": "input", "block_id": "journeys-release-summary", "label": {"type": "plain_text", "text": "Summary"},
     "element": {"type": "plain_text_input", "action_id": "journeys-release-summary-input", "multiline": true, "max_length": 3000}},
    {"type": "input", "block_id": "journeys-release-link", "label": {"type": "plain_text", "text": "Link to the release notes"},
     "element": {"type": "url_text_input", "action_id": "journeys-release-link-input"}}
  ]
}
