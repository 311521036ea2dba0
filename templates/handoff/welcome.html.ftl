<#-- The welcome email: the Sales Assisted First Order welcome (introducing the Expand AE by name) in its SaaS or
     Self-Managed variant, or the Pooled/Scaled low-touch welcome. Every link is a setting (BATON_LINK_*). -->
<html><body style="font-family: sans-serif">
<p>Hi ${greeting},</p>
<#if introducing>
<p>Thank you for choosing us. Your purchase of ${(account.seatsPurchased?c)!"your"} seats is complete, and I'd like to introduce ${expandAe}, your Account Executive from here on, copied on this email. ${expandAe} is your point of contact for your subscription, renewals and growing your rollout.</p>
<#else>
<p>Thank you for choosing us, and welcome. Your purchase of ${(account.seatsPurchased?c)!"your"} seats is complete. Our <a href="${link.smbSales}">small-business sales team</a> is here for anything about your subscription.</p>
</#if>
<#if account.deployment! == "Self-Managed">
<p><strong>Getting started with your self-managed instance:</strong></p>
<ol><li>Activate your licence. Apply your production license key to your instance (Admin area &gt; License), following <a href="${link.licenseGuide}">the licence guide</a>.</li><li>Review the upgrade and backup guides before your first production rollout.</li><li>Connect your code hosts and invite your first teams.</li></ol>
<#else>
<p><strong>Getting started on SaaS:</strong></p>
<ol><li>Create your top-level group (your namespace) and link it to your subscription, following <a href="${link.namespaceGuide}">the namespace guide</a>.</li><li>Invite your first teams (your seats are ready).</li><li>Turn on single sign-on when you are ready to roll out company-wide.</li></ol>
</#if>
<#if introducing>
<p><strong>Priority support:</strong> your plan includes priority support; <a href="${link.prioritySupport}">here is how to reach it</a> and whom to contact.</p>
<p>Let's plan your rollout together: <a href="${link.meeting}">pick a time for a kick-off</a>.</p>
<#else>
<p>The <a href="${link.accountHub}">account hub</a> has the guides to get your teams going, and the <a href="${link.customersPortal}">customers portal</a> your subscription, licences and invoices.</p>
</#if>
<p>Anything blocking you? Open a ticket on <a href="${link.support}">the support page</a>.</p>
<p>Welcome aboard!</p>
</body></html>
