<#-- The renewal health assessment, filled in by the TA (the CE for Scaled) with the AE; values use plain(). -->
<#macro rating id label selected="" optional=true>
    {"type": "input", "block_id": "${id}", "optional": ${optional?c}, "label": {"type": "plain_text", "text": "${label}"},
     "element": {"type": "static_select", "action_id": "${id}-input", "placeholder": {"type": "plain_text", "text": "Green, Yellow or Red"},
       "options": [<#list ratings as r>{"text": {"type": "plain_text", "text": "${r.label()}"}, "value": "${r.code()}"}<#sep>, </#sep></#list>]<#list ratings as r><#if r.code() == selected>,
       "initial_option": {"text": {"type": "plain_text", "text": "${r.label()}"}, "value": "${r.code()}"}</#if></#list>}},
</#macro>
<#macro area id label value hint="">
    {"type": "input", "block_id": "${id}", "optional": true, "label": {"type": "plain_text", "text": "${label}"}<#if hint?has_content>, "hint": {"type": "plain_text", "text": "${hint}"}</#if>,
     "element": {"type": "plain_text_input", "action_id": "${id}-input", "multiline": true, "max_length": 3000<#if value?has_content>, "initial_value": "${plain(value)}"</#if>}},
</#macro>
{
  "type": "modal",
  "callback_id": "renewal-assessment-modal",
  "private_metadata": "${plain(metadata)}",
  "title": {"type": "plain_text", "text": "Renewal assessment"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}* renews *${cycle.renewalDate}*.<#if assessment??> Last saved by ${mention(assessment.savedBy)}.</#if><#if returned??>\n:leftwards_arrow_with_hook: ${mention(returned.actor)} changed the rating to *${returned.rating}*: ${returned.reason!""}</#if>\nRate each driver with a note, then the overall rating. Every save keeps a draft; tick *Submit for review* to send it to the AE's manager."}},
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "*What Baton knows* · <#if prefill.health?has_content>${prefill.health} · </#if>${prefill.utilisation} · ${prefill.feature_adoption}<#if prefill.engagement?has_content> · ${prefill.engagement}</#if><#if prefill.risks?has_content> · ${prefill.risks}</#if>"}]},
    {"type": "section", "text": {"type": "mrkdwn", "text": "*Contacts*<#list facts.roles() as r>\n<#if r.holders?has_content>:white_check_mark: *${r.label}*: ${r.holders}<#else>:x: *${r.label}*: nobody tagged</#if></#list>\nKeep the contacts current with `/roles ${account.name}`: the required roles still there, titles and emails right."}},
<#list drivers as d>
    <@rating id="renewal-driver-${d.id}-rating" label=d.label selected=d.rating/>
    <@area id="renewal-driver-${d.id}-note" label="${d.label}: note" value=d.note/>
</#list>
    {"type": "divider"},
    <@rating id="renewal-overall" label="Overall rating" selected=overall/>
    <@area id="renewal-summary" label="Summary" value=(assessment.summary)!""/>
    <@area id="renewal-risks" label="Risks" value=risks/>
    {"type": "input", "block_id": "renewal-contacts-confirmed", "optional": true, "label": {"type": "plain_text", "text": "Contacts"},
     "element": {"type": "checkboxes", "action_id": "renewal-contacts-confirmed-input", "options": [{"text": {"type": "plain_text", "text": "The contacts and their roles are current"}, "value": "confirmed"}]<#if (assessment.contactsConfirmed)!false>,
       "initial_options": [{"text": {"type": "plain_text", "text": "The contacts and their roles are current"}, "value": "confirmed"}]</#if>}},
<#if facts.rolesMissing()>
    <@area id="renewal-missing-role-reason" label="Why ${facts.coverage.missingLabels()} is not tagged" value=(assessment.missingRoleReason)!"" hint="Required to submit until the role is tagged on the /roles card."/>
</#if>
    {"type": "input", "block_id": "renewal-submit", "optional": true, "label": {"type": "plain_text", "text": "Status"},
     "element": {"type": "checkboxes", "action_id": "renewal-submit-input", "options": [{"text": {"type": "plain_text", "text": "Submit for review"}, "value": "submit"}]}}
  ]
}
