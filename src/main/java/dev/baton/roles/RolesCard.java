package dev.baton.roles;


import dev.baton.account.Account;
import dev.baton.account.AccountHealthSummary;
import dev.baton.account.Contact;
import dev.baton.account.LighthouseNomination;
import dev.baton.account.RoleCoverage;

import java.util.List;

/**
 * Everything the roles card shows for one account; {@code lighthouse} is its Lighthouse nomination, or null;
 * {@code health} its health score with the trend, or null before one is computed.
 */
public record RolesCard(Account account, List<Contact> contacts, RoleCoverage coverage, LighthouseNomination lighthouse,
                        AccountHealthSummary health) {
    public RolesCard(Account account, List<Contact> contacts, RoleCoverage coverage, LighthouseNomination lighthouse) {
        this(account, contacts, coverage, lighthouse, null);
    }
}
