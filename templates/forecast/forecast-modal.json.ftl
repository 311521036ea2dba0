<#-- The AE's forecast of a renewal (forecast-open on the renewal card or the AE's DM). Values use plain(): JSON escaping only. -->
{
  "type": "modal",
  "callback_id": "forecast-modal",
  "private_metadata": "${cycle.id?c}",
  "title": {"type": "plain_text", "text": "Forecast renewal"},
  "submit": {"type": "plain_text", "text": "Save forecast"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${cycle.accountName}* renews on ${cycle.renewalDate}: ${cycle.arr()} ARR. Agreed rating: *<#if cycle.rating??>${cycle.rating}<#else>not agreed yet</#if>*."}},
    {"type": "input", "block_id": "forecast-field-outcome", "label": {"type": "plain_text", "text": "Projected outcome"},
     "element": {"type": "radio_buttons", "action_id": "forecast-field-outcome-input", "options": [<#list outcomes as o>
       {"text": {"type": "plain_text", "text": "${plain(o.label())}"}, "value": "${plain(o.code())}"}<#sep>,</#sep></#list>]<#list outcomes as o><#if cycle.forecastOutcome?? && cycle.forecastOutcome == o.code()>,
       "initial_option": {"text": {"type": "plain_text", "text": "${plain(o.label())}"}, "value": "${plain(o.code())}"}</#if></#list>}},
    {"type": "input", "block_id": "forecast-field-arr-after", "optional": true, "label": {"type": "plain_text", "text": "Projected ARR after ($)"},
     "hint": {"type": "plain_text", "text": "For a partial churn (below ${plain(cycle.arr())}, at least 0) or an incremental renewal (above it)."},
     "element": {"type": "plain_text_input", "action_id": "forecast-field-arr-after-input"<#if cycle.forecastArrAfterCents??>, "initial_value": "${(cycle.forecastArrAfterCents / 100)?string("0.00")}"</#if>}},
    {"type": "input", "block_id": "forecast-field-reason", "optional": true, "label": {"type": "plain_text", "text": "Why, if it contradicts the rating"},
     "hint": {"type": "plain_text", "text": "One line, needed for flat or incremental on a yellow or red rating, or a churn on green. Your manager sees it."},
     "element": {"type": "plain_text_input", "action_id": "forecast-field-reason-input", "max_length": 2000<#if cycle.forecastReason??>, "initial_value": "${plain(cycle.forecastReason)}"</#if>}}
  ]
}
