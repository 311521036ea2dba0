<#assign title = "Link not valid">
<#include "page-head.html.ftl">
<h1>This link is not valid</h1>
<p>It may have been copied only in part. Please open it again from the email, or reply to the email and we will help. You can also reach <a href="${support}">support</a>.</p>
</body></html>
