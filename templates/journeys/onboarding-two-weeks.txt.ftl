Hi ${contact.name},

Two weeks in, most teams have their first projects moved. The next step is usually a second team and the features that save the most time: automated pipelines, merge checks and planning boards.

The account hub has a short guide for each: ${link.accountHub}
If you would like a hand, book time with us: ${link.meeting}
<#include "footer.txt.ftl">
