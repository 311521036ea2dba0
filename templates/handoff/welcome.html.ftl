<html><body style="font-family: sans-serif">
<p>Hi ${greeting},</p>
<p>Thank you for choosing us. Your purchase of ${(account.seatsPurchased?c)!"your"} seats is complete<#if introducing>, and I'd like to introduce [Expand AE name], your Account Executive from here on, copied on this email</#if>.</p>
<#if account.deployment! == "Self-Managed">
<p><strong>Getting started with your self-managed instance:</strong></p>
<ol><li>Apply your production license key to your instance (Admin area &gt; License).</li><li>Review the upgrade and backup guides before your first production rollout.</li><li>Connect your code hosts and invite your first teams.</li></ol>
<#else>
<p><strong>Getting started on SaaS:</strong></p>
<ol><li>Sign in to your instance and connect your code hosts.</li><li>Invite your first teams (your seats are ready).</li><li>Turn on single sign-on when you are ready to roll out company-wide.</li></ol>
</#if>
<p>Your Technical Advisor will reach out to schedule a kick-off and plan your rollout.</p>
<p>Welcome aboard!</p>
</body></html>
