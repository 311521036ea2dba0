Subject: Welcome to the team, ${account.name}!

Hi ${greeting},

Thank you for choosing us. Your purchase of ${(account.seatsPurchased?c)!"your"} seats is complete<#if introducing>, and I'd like to introduce [Expand AE name], your Account Executive from here on, copied on this email</#if>.

<#if account.deployment! == "Self-Managed">
Getting started with your self-managed instance:
1. Apply your production license key to your instance (Admin area > License).
2. Review the upgrade and backup guides before your first production rollout.
3. Connect your code hosts and invite your first teams.
<#else>
Getting started on SaaS:
1. Sign in to your instance and connect your code hosts.
2. Invite your first teams (your seats are ready).
3. Turn on single sign-on when you are ready to roll out company-wide.
</#if>

Your Technical Advisor will reach out to schedule a kick-off and plan your rollout.

Welcome aboard!
