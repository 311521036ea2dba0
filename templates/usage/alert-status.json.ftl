<#-- Included by the usage alerts (not a message by itself): who acknowledged or snoozed it, mutes, and the buttons. -->
<#if acknowledged?? || snoozedUntil?? || featureMuted || accountMuted>
    {"type": "context", "elements": [{"type": "mrkdwn", "text": "<#if acknowledged??>:eyes: Acknowledged by ${mention(alert.acknowledgedBy)} on ${acknowledged}. </#if><#if snoozedUntil??>:zzz: Seat alerts snoozed by ${mention(alert.snoozedBy)} until ${snoozedUntil}. </#if><#if featureMuted>:mute: ${alert.feature} is muted. </#if><#if accountMuted>:mute: ${account.name} is muted.</#if>"}]},
</#if>
    {"type": "actions", "block_id": "usage-alert-actions", "elements": [
<#if !acknowledged??>
      {"type": "button", "action_id": "usage-acknowledge", "style": "primary", "text": {"type": "plain_text", "text": "Acknowledge"}, "value": "${alert.id?c}"},
</#if>
<#if !snoozedUntil??>
      {"type": "button", "action_id": "usage-snooze", "text": {"type": "plain_text", "text": "Snooze 30 days"}, "value": "${alert.id?c}"},
</#if>
      {"type": "button", "action_id": "usage-open-account", "text": {"type": "plain_text", "text": "Open account"}, "value": "${alert.id?c}"},
<#if alert.firstUse()>
      {"type": "button", "action_id": "<#if featureMuted>usage-unmute-feature<#else>usage-mute-feature</#if>", "text": {"type": "plain_text", "text": "<#if featureMuted>Unmute feature<#else>Mute feature</#if>"}, "value": "${alert.id?c}"},
</#if>
      {"type": "button", "action_id": "<#if accountMuted>usage-unmute-account<#else>usage-mute-account</#if>", "text": {"type": "plain_text", "text": "<#if accountMuted>Unmute account<#else>Mute account</#if>"}, "value": "${alert.id?c}"}
    ]}
