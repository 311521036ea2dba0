
--
You receive this as a contact of ${account.name}. Questions? Reply to this email or visit support: ${link.support}
Unsubscribe from these emails: ${unsubscribeUrl}
