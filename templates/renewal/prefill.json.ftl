<#-- What Baton already knows, as the assessment's first notes (plain text in the form's inputs: plain() only). -->
{
  "health": "<#if facts.health??>Health score ${facts.health.score} (${facts.health.band}): <#list facts.healthComponents() as c>${c.label} ${c.value}<#sep>, </#sep></#list><#if facts.healthMissing()?has_content>; no input yet for ${facts.healthMissing()}</#if>.</#if>",
  "utilisation": "<#if facts.seats??><#assign s = facts.seats>${s.activeUsers!0} of ${s.seatsPurchased!0} seats active<#if s.percent()??> (${s.percent()}%)</#if>, <#if s.state == "under_used">under-used<#elseif s.state == "near_limit">near the limit<#else>healthy</#if><#if s.asOfDate()??> as of ${s.asOfDate()}</#if>.<#else>No seat report yet.</#if>",
  "feature_adoption": "<#if facts.firstUses?has_content>First used in the last quarter: <#list facts.features() as f><#if f?index lt 20>${plain(f.feature)} (${f.on})<#sep>, </#sep><#else>and ${facts.features()?size - 20} more<#break></#if></#list>.<#else>No feature used for the first time in the last quarter.</#if>",
  "engagement": "<#if facts.deadLetters gt 0>${facts.deadLetters} message<#if facts.deadLetters != 1>s</#if> to the team could not be delivered. </#if><#if facts.accountMuted>Usage alerts are muted for this account. </#if><#if facts.mutedFeatures gt 0>${facts.mutedFeatures} feature<#if facts.mutedFeatures != 1>s are<#else> is</#if> muted for every account.</#if>",
  "version_currency": "",
  "relationships": "<#list facts.roles() as r>${plain(r.label)}: <#if r.holders?has_content>${plain(r.holders)}<#else>nobody</#if><#sep>; </#sep></#list>.",
  "risks": "<#list facts.churns as c>Churn recorded: ${c.kind}, ${c.lost()} ARR lost, seats ${c.seatsBefore} to ${c.seatsAfter}, effective ${c.effectiveDate}, ${plain(c.category)}.<#sep> </#sep></#list>"
}
