<#include "header.html.ftl">
<p>${account.name} is 90 days in. This is a good moment to look back at the goals you set at the start and pick the next ones.</p>
<p>If you would like to go through your numbers with us, <a href="${link.meeting}">book a 30-minute check-in</a>. Your monthly recap shows your active users and the features your teams adopted so far.</p>
<#include "footer.html.ftl">
