<#include "header.html.ftl">
<p><strong>${release.title}</strong></p>
<p>${release.summary}</p>
<p><a href="${release.link}">Read the release notes</a></p>
<#include "footer.html.ftl">
