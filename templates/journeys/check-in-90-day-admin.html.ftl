<#include "header.html.ftl">
<p>Ninety days in, three checks keep ${account.name}'s instance healthy: you are on a supported version, your backups restore, and your seats match who actually uses it.</p>
<p>Seats and licences are in the <a href="${link.customersPortal}">customers portal</a>; upgrade guides on the <a href="${link.accountHub}">account hub</a>.</p>
<#include "footer.html.ftl">
