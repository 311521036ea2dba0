<#include "header.html.ftl">
<p>Here is ${account.name}'s ${recap.month}, with ${recap.lastMonth} beside it:</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr><th align="left"></th><th align="right">${recap.month}</th><th align="right">${recap.lastMonth}</th></tr>
<tr><td>Active users</td><td align="right">${recap.activeUsers}</td><td align="right">${recap.lastActiveUsers}</td></tr>
<tr><td>Seat utilisation</td><td align="right">${recap.utilisation}</td><td align="right">${recap.lastUtilisation}</td></tr>
<tr><td>Features first used</td><td align="right">${recap.newFeatures?size}</td><td align="right">${recap.lastNewFeatures}</td></tr>
<tr><td>Features adopted in total</td><td align="right">${recap.adoptedTotal}</td><td align="right">${recap.lastAdoptedTotal}</td></tr>
</table>
<#if recap.newFeatures?has_content><p>New this month: ${recap.newFeatures?join(", ")}.</p></#if>
<p>Want to go further? The <a href="${link.accountHub}">account hub</a> has a guide for each feature.</p>
<#include "footer.html.ftl">
