<#assign title = "Thank you">
<#include "page-head.html.ftl">
<h1>Thank you</h1>
<p><#if already>We already have your answer to this survey, thank you.<#else>Your answer reached the ${account} account team.</#if></p>
</body></html>
