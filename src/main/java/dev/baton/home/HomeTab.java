package dev.baton.home;

import dev.baton.outbox.DeadLetter;

import java.util.List;

/**
 * What one person's App Home shows: Today, My accounts (in the order and on the pages of {@code state}) and, to a
 * leader, the undelivered messages.
 */
record HomeTab(String userId, HomeState state, Page<TodayItem> today, Page<MyAccount> accounts, boolean leader,
               List<DeadLetter> deadLetters) {
}
