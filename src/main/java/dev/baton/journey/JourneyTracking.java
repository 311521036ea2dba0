package dev.baton.journey;

import dev.baton.audit.Audit;
import dev.baton.outbox.Outbox;
import dev.baton.render.BlockKit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What became of each journey email: sent or failed as its outbox row went, bounced when the mail server refused
 * the address (over SMTP, or in the provider's webhook), and a bounced contact marked, audited, and its account's TA
 * asked to fix the address.
 */
final class JourneyTracking {
    static final String ACTOR = "journeys";

    private final Jdbi jdbi;
    private final Clock clock;
    private final BlockKit blockKit;

    JourneyTracking(Jdbi jdbi, Clock clock, BlockKit blockKit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.blockKit = blockKit;
    }

    /** Brings the journey emails' statuses up to their outbox rows'. */
    void sync() {
        Instant now = clock.instant();
        jdbi.useExtension(JourneyDao.class, dao -> {
            dao.syncSent(now);
            dao.syncFailed(now);
        });
        for (JourneyMessage message : jdbi.withExtension(JourneyDao.class, JourneyDao::newlyBounced)) {
            jdbi.useTransaction(handle -> bounced(handle, message, message.statusNote(), now));
        }
    }

    /** Marks the message and its contact bounced; the first bounce of the contact asks the TA to fix it. */
    void bounced(Handle handle, JourneyMessage message, String reason, Instant now) {
        JourneyDao dao = handle.attach(JourneyDao.class);
        String note = reason == null ? "bounced" : reason.length() > 900 ? reason.substring(0, 900) : reason;
        if (dao.markBounced(message.id(), note, now) == 0 || dao.markContactBounced(message.contactId(), note, now) == 0) {
            return;
        }
        JourneyContact contact = dao.contact(message.contactId()).orElseThrow();
        Audit.record(handle, now, ACTOR, message.accountId(), "journey.contact.bounced",
                Map.of("email", contact.email()), Map.of("email", contact.email(), "reason", note));
        Enrolment enrolment = dao.enrolmentsOf(message.accountId()).stream().findFirst().orElse(null);
        if (enrolment == null || enrolment.teamLead() == null) {
            return;
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("account", enrolment.accountName());
        model.put("contact", contact.displayName());
        model.put("email", contact.email());
        model.put("reason", note);
        Outbox.post(handle, "journey-bounce:" + contact.id(), enrolment.teamLead(),
                blockKit.renderTree("journeys/bounce-dm.json.ftl", model), now);
    }
}
