package dev.baton.handoff;

import dev.baton.account.Account;
import dev.baton.account.Contact;
import dev.baton.account.Contacts;
import dev.baton.account.RoleCoverage;
import dev.baton.store.PlainJdbc;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads everything the hand-off card shows, in the caller's handle: every {@code /handoff}, so on {@link PlainJdbc}. */
final class HandoffCards {
    private static final PlainJdbc.Statement HANDOFF = PlainJdbc.statement(HandoffDao.class, "find");
    private static final PlainJdbc.Statement LATEST_DOC = PlainJdbc.statement(HandoffDao.class, "latestDoc");
    private static final RowMapper<Handoff> HANDOFF_MAPPER = new HandoffMappers.HandoffMapper();
    private static final RowMapper<HandoffDoc> DOC_MAPPER = new HandoffMappers.HandoffDocMapper();
    private static final RowMapper<LatestDoc> LATEST_DOC_MAPPER = (r, ctx) ->
            new LatestDoc(DOC_MAPPER.map(r, ctx), r.getInt("final_docs") > 0);

    private HandoffCards() {
    }

    static HandoffCard of(Handle handle, Account account, LocalDate today) {
        Map<String, Long> byAccount = Map.of("accountId", account.id());
        Handoff handoff = PlainJdbc.list(handle, HANDOFF, HANDOFF_MAPPER, byAccount).stream().findFirst().orElse(null);
        List<Contact> contacts = Contacts.forAccount(handle, account.id());
        Optional<LatestDoc> doc = PlainJdbc.list(handle, LATEST_DOC, LATEST_DOC_MAPPER, byAccount).stream().findFirst();
        boolean docFinal = doc.map(LatestDoc::anyFinal).orElse(false);
        return new HandoffCard(account, handoff, contacts, Checklist.of(account, handoff, RoleCoverage.of(contacts),
                docFinal), doc.map(LatestDoc::doc).orElse(null), today);
    }

    /** The newest doc version, and whether any version was saved as final. */
    private record LatestDoc(HandoffDoc doc, boolean anyFinal) {
    }
}
