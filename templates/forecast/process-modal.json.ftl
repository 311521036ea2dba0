<#-- Process a renewal (forecast-process-open on the renewal card). Values use plain(): JSON escaping only. -->
{
  "type": "modal",
  "callback_id": "forecast-process-modal",
  "private_metadata": "${cycle.id?c}",
  "title": {"type": "plain_text", "text": "Process renewal"},
  "submit": {"type": "plain_text", "text": "Process"},
  "close": {"type": "plain_text", "text": "Cancel"},
  "blocks": [
    {"type": "section", "text": {"type": "mrkdwn", "text": "*${cycle.accountName}* renews on ${cycle.renewalDate}: ${cycle.arr()} ARR<#if cycle.seats??>, ${cycle.seats?c} seats</#if>.<#if cycle.forecastOutcome??> Forecast: ${cycle.forecastLabel()}<#if cycle.forecastArrAfterCents??> (${cycle.forecastArrAfter()})</#if>.</#if>"}},
    {"type": "input", "block_id": "forecast-field-outcome", "label": {"type": "plain_text", "text": "Outcome"},
     "element": {"type": "radio_buttons", "action_id": "forecast-field-outcome-input", "options": [<#list outcomes as o>
       {"text": {"type": "plain_text", "text": "${plain(o.label())}"}, "value": "${plain(o.code())}"}<#sep>,</#sep></#list>]<#list outcomes as o><#if cycle.forecastOutcome?? && cycle.forecastOutcome == o.code()>,
       "initial_option": {"text": {"type": "plain_text", "text": "${plain(o.label())}"}, "value": "${plain(o.code())}"}</#if></#list>}},
    {"type": "input", "block_id": "forecast-field-arr-after", "optional": true, "label": {"type": "plain_text", "text": "ARR after ($)"},
     "hint": {"type": "plain_text", "text": "For a partial churn (below ${plain(cycle.arr())}) or an incremental renewal (above it)."},
     "element": {"type": "plain_text_input", "action_id": "forecast-field-arr-after-input"<#if cycle.forecastArrAfterCents??>, "initial_value": "${(cycle.forecastArrAfterCents / 100)?string("0.00")}"</#if>}},
    {"type": "input", "block_id": "forecast-field-seats-after", "optional": true, "label": {"type": "plain_text", "text": "Seats after"},
     "hint": {"type": "plain_text", "text": "Leave empty to keep the seats as they are."},
     "element": {"type": "plain_text_input", "action_id": "forecast-field-seats-after-input"}},
    {"type": "input", "block_id": "forecast-field-renewed-on", "label": {"type": "plain_text", "text": "Renewed (or churned) on"},
     "element": {"type": "datepicker", "action_id": "forecast-field-renewed-on-input", "initial_date": "${cycle.renewalDate}"}},
    {"type": "input", "block_id": "forecast-field-renewal-date", "optional": true, "label": {"type": "plain_text", "text": "Next renewal date"},
     "hint": {"type": "plain_text", "text": "None after a full churn."},
     "element": {"type": "datepicker", "action_id": "forecast-field-renewal-date-input", "initial_date": "${nextRenewal}"}},
    {"type": "input", "block_id": "forecast-field-category", "optional": true, "label": {"type": "plain_text", "text": "Closed-lost category (churn)"},
     "element": {"type": "static_select", "action_id": "forecast-field-category-input", "options": [<#list categories as c>{"text": {"type": "plain_text", "text": "${plain(c)}"}, "value": "${plain(c)}"}<#sep>, </#sep></#list>]}},
    {"type": "input", "block_id": "forecast-field-reason", "optional": true, "label": {"type": "plain_text", "text": "Churn reason"},
     "element": {"type": "plain_text_input", "action_id": "forecast-field-reason-input", "multiline": true, "max_length": 3000}},
    {"type": "input", "block_id": "forecast-field-sponsor", "optional": true, "label": {"type": "plain_text", "text": "Churn-retro sponsor"},
     "hint": {"type": "plain_text", "text": "<#if sponsor>Leave empty for the configured sponsor.<#else>Needed when the churn calls for a retro.</#if>"},
     "element": {"type": "users_select", "action_id": "forecast-field-sponsor-input"}}
  ]
}
