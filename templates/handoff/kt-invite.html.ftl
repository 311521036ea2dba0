<#-- Email with the knowledge-transfer calendar invite. -->
<html><body style="font-family: sans-serif">
<p>Hi,</p>
<p>The knowledge transfer for <strong>${account.name}</strong> is scheduled for <strong>${when}</strong>.</p>
<p>We will walk through the customer's goals, success criteria, technical environment, stakeholders and risks from the hand-off doc.</p>
<p>The invite is attached.</p>
<p>— Baton, for ${scheduledByName}</p>
</body></html>
