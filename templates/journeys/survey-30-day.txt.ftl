Hi ${contact.name},

${account.name} has been with us for 30 days. One question: how likely are you to recommend us to a colleague?
0 is not at all likely, 10 is extremely likely. Open the link for your score; you can add a comment there.

<#list survey as answer>${answer.score}: ${answer.url}
</#list><#include "footer.txt.ftl">
