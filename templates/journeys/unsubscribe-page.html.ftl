<#assign title = "Unsubscribe">
<#include "page-head.html.ftl">
<h1>Unsubscribe ${email}?</h1>
<p>You will no longer receive onboarding, survey, recap or release emails about ${account}.</p>
<form method="post" action="${action}"><input type="hidden" name="confirm" value="yes"><button type="submit">Unsubscribe</button></form>
</body></html>
