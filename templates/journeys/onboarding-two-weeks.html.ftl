<#include "header.html.ftl">
<p>Two weeks in, most teams have their first projects moved. The next step is usually a second team and the features that save the most time: automated pipelines, merge checks and planning boards.</p>
<p>The <a href="${link.accountHub}">account hub</a> has a short guide for each. If you would like a hand, <a href="${link.meeting}">book time with us</a>.</p>
<#include "footer.html.ftl">
