Hi ${contact.name},

As the administrator of ${account.name}'s instance, these are the settings worth doing in week one:

1. Connect single sign-on and set who may create groups.
2. Set up backups and, on Self-Managed, the upgrade schedule.
3. Check your licence and seats in the customers portal: ${link.customersPortal}

The administration guides are on the account hub: ${link.accountHub}
Anything blocking, open a ticket on the support page: ${link.support}
<#include "footer.txt.ftl">
