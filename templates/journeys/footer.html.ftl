<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px">
<p style="font-size:12px;color:#666">You receive this as a contact of ${account.name}. Questions? Reply to this email or visit <a href="${link.support}">support</a>.<br>
<a href="${unsubscribeUrl}">Unsubscribe from these emails</a></p>
<#if openPixelUrl?has_content><img src="${openPixelUrl}" width="1" height="1" alt=""></#if>
</body></html>
