<#-- The quarter's success plan, slot by slot; values use plain(): JSON escaping only. Block ids are SuccessPlanIds'. -->
<#macro text id label value="" multiline=false hint="">
    {"type": "input", "block_id": "${id}", "optional": true, "label": {"type": "plain_text", "text": "${label}"}<#if hint?has_content>, "hint": {"type": "plain_text", "text": "${hint}"}</#if>,
     "element": {"type": "plain_text_input", "action_id": "${id}-input", "max_length": 2000<#if multiline>, "multiline": true</#if><#if value?has_content>, "initial_value": "${plain(value)}"</#if>}},
</#macro>
{
  "type": "modal",
  "callback_id": "successplan-modal",
  "private_metadata": "${metadata}",
  "title": {"type": "plain_text", "text": "Success plan ${quarter}"},
  "submit": {"type": "plain_text", "text": "Save"},
  "close": {"type": "plain_text", "text": "Close"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${account.name}*: the success plan for ${quarter}.<#if prefilled> It starts from last quarter's plan: keep what still holds, change the rest.</#if>\nEvery goal needs a measure; every action an owner and a due date."}},
    {"type": "header", "text": {"type": "plain_text", "text": "North Star goals"}},
<#list goals as g>
    <@text id="successplan-goal-${g.position}-goal" label="Goal ${g.position}" value=g.goal!""/>
    <@text id="successplan-goal-${g.position}-measure" label="Measure of goal ${g.position}" value=g.measure!"" hint="What number or fact says it was reached."/>
</#list>
    {"type": "header", "text": {"type": "plain_text", "text": "Success action plan"}},
<#list actions as a>
    <@text id="successplan-action-${a.goal}-${a.position}-action" label="Goal ${a.goal}, action ${a.position}" value=a.action!""/>
    {"type": "input", "block_id": "successplan-action-${a.goal}-${a.position}-owner", "optional": true, "label": {"type": "plain_text", "text": "Owner"},
     "element": {"type": "users_select", "action_id": "successplan-action-${a.goal}-${a.position}-owner-input"<#if a.owner??>, "initial_user": "${plain(a.owner)}"</#if>}},
    {"type": "input", "block_id": "successplan-action-${a.goal}-${a.position}-due", "optional": true, "label": {"type": "plain_text", "text": "Due"},
     "element": {"type": "datepicker", "action_id": "successplan-action-${a.goal}-${a.position}-due-input"<#if a.due??>, "initial_date": "${a.due}"</#if>}},
</#list>
    {"type": "header", "text": {"type": "plain_text", "text": "Relationships"}},
<#if contacts?has_content>
<#list relationships as r>
    {"type": "input", "block_id": "successplan-rel-${r.position}-contact", "optional": true, "label": {"type": "plain_text", "text": "Contact ${r.position}"},
     "element": {"type": "static_select", "action_id": "successplan-rel-${r.position}-contact-input", "options": [<#list contacts as c>{"text": {"type": "plain_text", "text": "${plain(c.label)}"}, "value": "${c.id?c}"}<#sep>, </#sep></#list>]<#if r.contact??>,
       "initial_option": {"text": {"type": "plain_text", "text": "${plain(r.contact.label)}"}, "value": "${r.contact.id?c}"}</#if>}},
    {"type": "input", "block_id": "successplan-rel-${r.position}-sentiment", "optional": true, "label": {"type": "plain_text", "text": "Sentiment"},
     "element": {"type": "static_select", "action_id": "successplan-rel-${r.position}-sentiment-input", "options": [<#list sentiments as s>{"text": {"type": "plain_text", "text": "${s}"}, "value": "${s}"}<#sep>, </#sep></#list>]<#if r.sentiment??>,
       "initial_option": {"text": {"type": "plain_text", "text": "${plain(r.sentiment)}"}, "value": "${plain(r.sentiment)}"}</#if>}},
    {"type": "input", "block_id": "successplan-rel-${r.position}-champion", "optional": true, "label": {"type": "plain_text", "text": "Champion"},
     "element": {"type": "checkboxes", "action_id": "successplan-rel-${r.position}-champion-input", "options": [{"text": {"type": "plain_text", "text": "Develop into a champion"}, "value": "champion"}]<#if r.champion!false>,
       "initial_options": [{"text": {"type": "plain_text", "text": "Develop into a champion"}, "value": "champion"}]</#if>}},
    <@text id="successplan-rel-${r.position}-why" label="Why them" value=r.why!""/>
    <@text id="successplan-rel-${r.position}-win" label="The win that will make them one" value=r.win!""/>
</#list>
<#else>
    {"type": "section", "text": {"type": "mrkdwn", "text": "No tagged contacts yet: tag them with `/roles ${account.name}`, then pick them here."}},
</#if>
    {"type": "header", "text": {"type": "plain_text", "text": "Asks from the business"}},
<#list asks as a>
    <@text id="successplan-ask-${a.position}-dependency" label="Ask ${a.position}: dependency on another team" value=a.dependency!""/>
    <@text id="successplan-ask-${a.position}-risk" label="How it puts the goals at risk" value=a.risk!"" multiline=true/>
    <@text id="successplan-ask-${a.position}-plan" label="The plan to resolve it" value=a.resolution!"" multiline=true/>
<#if a?has_next>
    <@text id="successplan-ask-${a.position}-help" label="Where help is needed" value=a.help!"" multiline=true/>
<#else>
    {"type": "input", "block_id": "successplan-ask-${a.position}-help", "optional": true, "label": {"type": "plain_text", "text": "Where help is needed"},
     "element": {"type": "plain_text_input", "action_id": "successplan-ask-${a.position}-help-input", "max_length": 2000, "multiline": true<#if a.help?has_content>, "initial_value": "${plain(a.help)}"</#if>}}
</#if>
</#list>
  ]
}
