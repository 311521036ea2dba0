package dev.baton.home;

import dev.baton.outbox.DeadLetter;

import java.util.List;

/**
 * What one person's App Home shows: Today, My accounts (in the order and on the pages of {@code state}), My settings
 * and, to a leader, the
 * Leaders section (null to others) and the undelivered messages.
 */
record HomeTab(String userId, HomeState state, Page<TodayItem> today, Page<MyAccount> accounts,
               MySettings.Shown settings, boolean leader, LeadersSection.Shown leaders, List<DeadLetter> deadLetters) {
}
