package dev.baton.roles;

import dev.baton.account.Account;

import java.util.List;

/** Everything the roles card shows for one account. */
public record RolesCard(Account account, List<Contact> contacts, RoleCoverage coverage) {
}
