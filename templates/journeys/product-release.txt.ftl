Hi ${contact.name},

${release.title}

${release.summary}

Read the release notes: ${release.link}
<#include "footer.txt.ftl">
