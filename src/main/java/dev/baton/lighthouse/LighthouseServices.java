package dev.baton.lighthouse;

/** The Lighthouse services the handlers call, built once by the workflow. */
record LighthouseServices(EntryService entries, PlanService plans, SponsorService sponsors, UpdateService updates,
                          ExitService exits, SyncService syncs) {
}
