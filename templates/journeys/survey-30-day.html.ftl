<#include "header.html.ftl">
<p>${account.name} has been with us for 30 days. One question, one click:</p>
<p><strong>How likely are you to recommend us to a colleague?</strong></p>
<p><#list survey as answer><a href="${answer.url}" style="display:inline-block;padding:6px 10px;margin:2px;border:1px solid #999;border-radius:4px;text-decoration:none;color:#222">${answer.score}</a></#list></p>
<p style="font-size:13px;color:#666">0 is not at all likely, 10 is extremely likely. You can add a comment on the next page.</p>
<#include "footer.html.ftl">
