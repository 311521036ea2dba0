Hi ${contact.name},

${account.name} is 90 days in. This is a good moment to look back at the goals you set at the start and pick the next ones.

If you would like to go through your numbers with us, book a 30-minute check-in: ${link.meeting}
Your monthly recap shows your active users and the features your teams adopted so far.
<#include "footer.txt.ftl">
