package dev.baton.roles;


import dev.baton.account.Account;
import dev.baton.account.AccountHealthSummary;
import dev.baton.account.Contact;
import dev.baton.account.DigitalJourneys;
import dev.baton.account.LighthouseNomination;
import dev.baton.account.RoleCoverage;

import java.util.List;

/**
 * Everything the roles card shows for one account; {@code lighthouse} is its Lighthouse nomination, or null;
 * {@code health} its health score with the trend, or null before one is computed; {@code digital} the digital
 * journeys it is in and the contacts they no longer email.
 */
public record RolesCard(Account account, List<Contact> contacts, RoleCoverage coverage, LighthouseNomination lighthouse,
                        AccountHealthSummary health, DigitalJourneys.Status digital) {
    public RolesCard(Account account, List<Contact> contacts, RoleCoverage coverage, LighthouseNomination lighthouse) {
        this(account, contacts, coverage, lighthouse, null, DigitalJourneys.Status.NONE);
    }
}
