<#-- Add or edit a contact. Input values use plain(): JSON escaping only, so what people typed comes back unchanged. -->
{
  "type": "modal",
  "callback_id": "roles-contact-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "<#if contact??>Edit contact<#else>Tag a contact</#if>"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "Account: *${account.name}*. A hand-off needs an Instance Admin, a Program Contact and a Champion."}]},
    {"type": "input", "block_id": "roles-field-name", "label": {"type": "plain_text", "text": "Name"},
     "element": {"type": "plain_text_input", "action_id": "roles-field-name-input"<#if contact??>, "initial_value": "${plain(contact.name)}"</#if>, "placeholder": {"type": "plain_text", "text": "Ada Lovelace"}}},
    {"type": "input", "block_id": "roles-field-title", "optional": true, "label": {"type": "plain_text", "text": "Title"},
     "element": {"type": "plain_text_input", "action_id": "roles-field-title-input"<#if contact?? && contact.title??>, "initial_value": "${plain(contact.title)}"</#if>, "placeholder": {"type": "plain_text", "text": "VP Engineering"}}},
    {"type": "input", "block_id": "roles-field-email", "label": {"type": "plain_text", "text": "Email"},
     "hint": {"type": "plain_text", "text": "One contact per email on an account: an email already there updates that contact."},
     "element": {"type": "email_text_input", "action_id": "roles-field-email-input"<#if contact??>, "initial_value": "${plain(contact.email)}"</#if>, "placeholder": {"type": "plain_text", "text": "ada@example.com"}}},
    {"type": "input", "block_id": "roles-field-roles", "label": {"type": "plain_text", "text": "Roles"},
     "element": {"type": "multi_static_select", "action_id": "roles-field-roles-input", "placeholder": {"type": "plain_text", "text": "Pick one or more"},
       "options": [<#list roles as r>{"text": {"type": "plain_text", "text": "${plain(r.label())}"}, "value": "${r.code()}", "description": {"type": "plain_text", "text": "${plain(r.definition())}"}}<#sep>, </#sep></#list>]<#if contact?? && !contact.untagged()>,
       "initial_options": [<#list contact.roles.ordered() as r>{"text": {"type": "plain_text", "text": "${plain(r.label())}"}, "value": "${r.code()}", "description": {"type": "plain_text", "text": "${plain(r.definition())}"}}<#sep>, </#sep></#list>]</#if>}},
    {"type": "input", "block_id": "roles-field-instance-admin", "label": {"type": "plain_text", "text": "Instance Admin?"},
     "hint": {"type": "plain_text", "text": "Must agree with the Instance Admin role."},
     "element": {"type": "radio_buttons", "action_id": "roles-field-instance-admin-input",
       "options": [{"text": {"type": "plain_text", "text": "Yes"}, "value": "yes"}, {"text": {"type": "plain_text", "text": "No"}, "value": "no"}]<#if contact??>,
       "initial_option": <#if contact.instanceAdmin>{"text": {"type": "plain_text", "text": "Yes"}, "value": "yes"}<#else>{"text": {"type": "plain_text", "text": "No"}, "value": "no"}</#if></#if>}},
    {"type": "input", "block_id": "roles-field-time-zone", "optional": true, "label": {"type": "plain_text", "text": "Time zone"},
     "hint": {"type": "plain_text", "text": "The contact's IANA time zone: journey emails reach them in its working hours. Empty: the team's time zone."},
     "element": {"type": "plain_text_input", "action_id": "roles-field-time-zone-input"<#if contact?? && contact.timeZone??>, "initial_value": "${plain(contact.timeZone)}"</#if>, "placeholder": {"type": "plain_text", "text": "Europe/Berlin"}}}
  ]
}
