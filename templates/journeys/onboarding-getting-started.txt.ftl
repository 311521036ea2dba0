Hi ${contact.name},

Welcome aboard. Here is how teams at accounts like ${account.name} get value in their first weeks:

1. Invite the first team and move one project over end to end.
2. Agree what success looks like in 90 days, so you can see the progress in your monthly recap.
3. Book a short onboarding session with us when you are ready: ${link.meeting}

The account hub has the rollout guides: ${link.accountHub}
The customers portal has your subscription and licences: ${link.customersPortal}
<#include "footer.txt.ftl">
