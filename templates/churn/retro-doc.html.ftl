<#-- The final churn retro doc, rendered to PDF. HTML-escaped; must stay well-formed XHTML for the PDF renderer. -->
<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8" />
<title>Churn retro: ${account.name}</title>
<style>
  body { font-family: Helvetica, sans-serif; font-size: 10.5pt; color: #1f2933; }
  h1 { font-size: 18pt; margin-bottom: 2pt; }
  h2 { font-size: 12.5pt; margin-top: 14pt; border-bottom: 1px solid #cbd2d9; }
  .text { white-space: pre-wrap; }
  table { border-collapse: collapse; width: 100%; }
  td, th { border: 1px solid #cbd2d9; padding: 3pt 5pt; text-align: left; vertical-align: top; }
  .meta { color: #52606d; font-size: 9pt; }
</style>
</head>
<body>
<h1>Churn retro: ${account.name}</h1>
<p class="meta">Generated ${generatedAt}. Sponsor ${names[retro.sponsor]}<#if retro.ta??>, TA ${names[retro.ta]}</#if><#if account.ae??>, AE ${names[account.ae]}</#if>. Reviewed by <#if retro.reviewedBy??>${names[retro.reviewedBy]}<#else>-</#if>.</p>

<h2>The churn</h2>
<table>
  <tr><th>Churn</th><td>${churn.kind?cap_first}, effective ${churn.effectiveDate}</td></tr>
  <tr><th>ARR</th><td>${churn.arrBefore()} before, ${churn.arrAfter()} after: ${churn.arrLost()} lost</td></tr>
  <tr><th>Seats</th><td>${churn.seatsBefore} before, ${churn.seatsAfter} after</td></tr>
  <tr><th>Recorded as</th><td>${churn.category}: ${churn.reason}</td></tr>
</table>

<h2>Summary</h2>
<div class="text">${retro.summary!""}</div>

<h2>Timeline</h2>
<div class="text">${retro.timelineText!""}</div>

<h2>What happened and why</h2>
<div class="text">${retro.whatHappened!""}</div>

<h2>Closed-lost category and reason</h2>
<p>Agreed with the AE: <b>${retro.agreedCategory!churn.category}</b></p>
<div class="text">${retro.agreedReason!""}</div>

<h2>Lessons learned</h2>
<div class="text">${retro.lessons!""}</div>

<h2>Calls to action</h2>
<table>
  <tr><th>#</th><th>Call to action</th><th>Owner</th><th>Due</th></tr>
<#list actions as a>
  <tr><td>${a.position}</td><td class="text">${a.action}</td><td>${names[a.owner]}</td><td>${a.dueDate}</td></tr>
</#list>
</table>
</body>
</html>
