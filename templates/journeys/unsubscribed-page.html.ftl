<#assign title = "Unsubscribed">
<#include "page-head.html.ftl">
<h1>You are unsubscribed</h1>
<p>${email} will receive no more of these emails about ${account}. Your account team can still reach you directly.</p>
</body></html>
