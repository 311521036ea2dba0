Hi ${contact.name},

Here is ${account.name}'s ${recap.month}, with ${recap.lastMonth} beside it:

Active users:              ${recap.activeUsers} (${recap.lastActiveUsers})
Seat utilisation:          ${recap.utilisation} (${recap.lastUtilisation})
Features first used:       ${recap.newFeatures?size} (${recap.lastNewFeatures})
Features adopted in total: ${recap.adoptedTotal} (${recap.lastAdoptedTotal})
<#if recap.newFeatures?has_content>
New this month: ${recap.newFeatures?join(", ")}.
</#if>

Want to go further? The account hub has a guide for each feature: ${link.accountHub}
<#include "footer.txt.ftl">
