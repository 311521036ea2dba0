Subject: Welcome to the team, ${account.name}!

Hi ${greeting},

<#if introducing>
Thank you for choosing us. Your purchase of ${(account.seatsPurchased?c)!"your"} seats is complete, and I'd like to introduce ${expandAe}, your Account Executive from here on, copied on this email. ${expandAe} is your point of contact for your subscription, renewals and growing your rollout.
<#else>
Thank you for choosing us, and welcome. Your purchase of ${(account.seatsPurchased?c)!"your"} seats is complete. Our small-business sales team is here for anything about your subscription: ${link.smbSales}
</#if>

<#if account.deployment! == "Self-Managed">
Getting started with your self-managed instance:
1. Activate your licence. Apply your production license key to your instance (Admin area > License), following the licence guide: ${link.licenseGuide}
2. Review the upgrade and backup guides before your first production rollout.
3. Connect your code hosts and invite your first teams.
<#else>
Getting started on SaaS:
1. Create your top-level group (your namespace) and link it to your subscription, following the namespace guide: ${link.namespaceGuide}
2. Invite your first teams (your seats are ready).
3. Turn on single sign-on when you are ready to roll out company-wide.
</#if>

<#if introducing>
Priority support: your plan includes priority support; here is how to reach it and whom to contact: ${link.prioritySupport}
Let's plan your rollout together; pick a time for a kick-off: ${link.meeting}
<#else>
The account hub has the guides to get your teams going: ${link.accountHub}
The customers portal has your subscription, licences and invoices: ${link.customersPortal}
</#if>

Anything blocking you? Open a ticket on the support page: ${link.support}

Welcome aboard!
