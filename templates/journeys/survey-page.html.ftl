<#assign title = "Thanks for your answer">
<#include "page-head.html.ftl">
<h1>You chose ${score} out of 10</h1>
<p>Anything you would like to tell us? A comment is optional; your score is recorded when you send.</p>
<form method="post" action="${action}"><p><textarea name="comment" rows="5" maxlength="4000" placeholder="What went well, what could be better"></textarea></p><button type="submit">Send</button></form>
</body></html>
