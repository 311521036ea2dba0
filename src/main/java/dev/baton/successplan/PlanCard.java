package dev.baton.successplan;

import dev.baton.account.Account;
import dev.baton.account.Contact;

import java.util.List;

/**
 * What {@code /successplan <account>} shows: this quarter's plan (null before it is written) beside last
 * quarter's (null when there was none), and what the viewer may do with them.
 */
public record PlanCard(Account account, Quarter quarter, PlanView current, PlanView previous, List<Contact> contacts,
                       boolean mayEdit, boolean leader) {
}
