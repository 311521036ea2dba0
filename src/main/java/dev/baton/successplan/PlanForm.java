package dev.baton.successplan;

import dev.baton.account.Account;
import dev.baton.account.Contact;

import java.util.List;

/**
 * The plan modal's contents: the account and quarter, the plan it starts from (this quarter's when written,
 * else last quarter's as a prefill, else null), and the tagged contacts a relationship can be picked from.
 */
public record PlanForm(Account account, Quarter quarter, PlanView source, boolean prefilled, List<Contact> contacts) {
}
