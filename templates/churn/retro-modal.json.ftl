<#-- The retro doc, filled by the TA and saved as drafts. Values use plain(): JSON escaping only. -->
<#macro area id label value hint="">
    {"type": "input", "block_id": "${id}", "optional": true, "label": {"type": "plain_text", "text": "${label}"}<#if hint?has_content>, "hint": {"type": "plain_text", "text": "${hint}"}</#if>,
     "element": {"type": "plain_text_input", "action_id": "${id}-input", "multiline": true, "max_length": 3000<#if value?has_content>, "initial_value": "${plain(value)}"</#if>}},
</#macro>
{
  "type": "modal",
  "callback_id": "churn-retro-modal",
  "private_metadata": "${churn.id?c}",
  "title": {"type": "plain_text", "text": "Churn retro doc"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}*: ${churn.kind} churn of ${churn.arrLost()} ARR, seats ${churn.seatsBefore} → ${churn.seatsAfter}, effective ${churn.effectiveDate}.\nEvery save keeps a draft. Tick *Ready for review* when every section is filled."}},
    <@area id="churn-retro-summary" label="Summary" value=retro.summary!""/>
    <@area id="churn-retro-timeline" label="Timeline" value=retro.timelineText!"" hint="Key dates from signing to churn."/>
    <@area id="churn-retro-what-happened" label="What happened and why" value=retro.whatHappened!""/>
    {"type": "input", "block_id": "churn-retro-category", "optional": true, "label": {"type": "plain_text", "text": "Closed-lost category agreed with the AE"},
     "element": {"type": "static_select", "action_id": "churn-retro-category-input", "options": [<#list categories as c>{"text": {"type": "plain_text", "text": "${plain(c)}"}, "value": "${plain(c)}"}<#sep>, </#sep></#list>]<#if category?has_content>,
       "initial_option": {"text": {"type": "plain_text", "text": "${plain(category)}"}, "value": "${plain(category)}"}</#if>}},
    <@area id="churn-retro-reason" label="Closed-lost reason agreed with the AE" value=retro.agreedReason!churn.reason/>
    <@area id="churn-retro-lessons" label="Lessons learned" value=retro.lessons!""/>
    {"type": "header", "text": {"type": "plain_text", "text": "Calls to action"}},
<#list slots as s>
    {"type": "input", "block_id": "churn-retro-cta-${s.position}-action", "optional": true, "label": {"type": "plain_text", "text": "Call to action ${s.position}"},
     "element": {"type": "plain_text_input", "action_id": "churn-retro-cta-${s.position}-action-input", "max_length": 2000<#if s.action??>, "initial_value": "${plain(s.action)}"</#if>}},
    {"type": "input", "block_id": "churn-retro-cta-${s.position}-owner", "optional": true, "label": {"type": "plain_text", "text": "Owner"},
     "element": {"type": "users_select", "action_id": "churn-retro-cta-${s.position}-owner-input"<#if s.owner??>, "initial_user": "${plain(s.owner)}"</#if>}},
    {"type": "input", "block_id": "churn-retro-cta-${s.position}-due", "optional": true, "label": {"type": "plain_text", "text": "Due"},
     "element": {"type": "datepicker", "action_id": "churn-retro-cta-${s.position}-due-input"<#if s.dueDate??>, "initial_date": "${s.dueDate}"</#if>}},
</#list>
    {"type": "input", "block_id": "churn-retro-ready", "optional": true, "label": {"type": "plain_text", "text": "Status"},
     "element": {"type": "checkboxes", "action_id": "churn-retro-ready-input", "options": [{"text": {"type": "plain_text", "text": "Ready for review"}, "value": "ready"}]<#if ready>,
       "initial_options": [{"text": {"type": "plain_text", "text": "Ready for review"}, "value": "ready"}]</#if>}}
  ]
}
