<#-- The words of the success-plan reminders the timeline sends: a headline and detail lines (the reminder escapes them). -->
<#if actionsDue??>
{"headline": "success plan actions are due", "details": ["${actionsDue} due; press Done on each once it is done."]}
<#else>
{"headline": "the ${quarter} success plan is due", "details": ["Write this quarter's North Star goals, actions, relationships and asks; the form starts from last quarter's plan."]}
</#if>
