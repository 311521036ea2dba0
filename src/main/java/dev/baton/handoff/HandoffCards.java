package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.roles.Contact;
import dev.baton.roles.ContactDao;
import dev.baton.roles.RoleCoverage;
import org.jdbi.v3.core.Handle;

import java.time.LocalDate;
import java.util.List;

/** Reads everything the hand-off card shows, in the caller's handle. */
final class HandoffCards {
    private HandoffCards() {
    }

    static HandoffCard of(Handle handle, Account account, LocalDate today) {
        HandoffDao dao = handle.attach(HandoffDao.class);
        Handoff handoff = dao.find(account.id()).orElse(null);
        List<Contact> contacts = handle.attach(ContactDao.class).forAccount(account.id());
        boolean docFinal = dao.finalDocs(account.id()) > 0;
        return new HandoffCard(account, handoff, contacts, Checklist.of(account, handoff, RoleCoverage.of(contacts),
                docFinal), dao.latestDoc(account.id()).orElse(null), today);
    }
}
