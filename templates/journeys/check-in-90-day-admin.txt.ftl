Hi ${contact.name},

Ninety days in, three checks keep ${account.name}'s instance healthy: you are on a supported version, your backups restore, and your seats match who actually uses it.

Seats and licences are in the customers portal: ${link.customersPortal}
Upgrade guides are on the account hub: ${link.accountHub}
<#include "footer.txt.ftl">
