<#include "header.html.ftl">
<p>As the administrator of ${account.name}'s instance, these are the settings worth doing in week one:</p>
<ol>
<li>Connect single sign-on and set who may create groups.</li>
<li>Set up backups and, on Self-Managed, the upgrade schedule.</li>
<li>Check your licence and seats in the <a href="${link.customersPortal}">customers portal</a>.</li>
</ol>
<p>The administration guides are on the <a href="${link.accountHub}">account hub</a>; anything blocking, open a ticket on the <a href="${link.support}">support page</a>.</p>
<#include "footer.html.ftl">
