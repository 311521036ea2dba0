package dev.baton.home;

import dev.baton.account.Account;
import dev.baton.outbox.DeadLetter;

import java.util.List;

/** What one user's App Home shows: the accounts missing required roles and, to a leader, the undelivered messages. */
record HomeTab(String userId, List<Account> uncovered, boolean leader, List<DeadLetter> deadLetters) {
}
