<#include "header.html.ftl">
<p>Welcome aboard. Here is how teams at accounts like ${account.name} get value in their first weeks:</p>
<ol>
<li>Invite the first team and move one project over end to end.</li>
<li>Agree what success looks like in 90 days, so you can see the progress in your monthly recap.</li>
<li>Book a short onboarding session with us when you are ready: <a href="${link.meeting}">pick a time</a>.</li>
</ol>
<p>The <a href="${link.accountHub}">account hub</a> has the rollout guides, and the <a href="${link.customersPortal}">customers portal</a> your subscription and licences.</p>
<#include "footer.html.ftl">
