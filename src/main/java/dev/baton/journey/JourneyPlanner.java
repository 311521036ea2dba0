package dev.baton.journey;

import dev.baton.account.Role;
import dev.baton.outbox.Email;
import dev.baton.outbox.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * On every tick: enrols the accounts that entered each journey, and queues each due step's email to each of its
 * recipients (the contacts holding the step's roles, neither unsubscribed nor bounced) at their next send window,
 * one journey email per contact per day. Every email is a journey_message row and an outbox row written together;
 * the row's unique keys make a second instance's attempt at the same email fail harmlessly. The recipients still
 * owed a step are found by one query per step, role and occurrence (owed.sql), not account by account: a tick with
 * nothing new is a handful of queries however many accounts are enrolled.
 */
final class JourneyPlanner {
    private static final Logger log = LoggerFactory.getLogger(JourneyPlanner.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final List<Journey> journeys;
    private final JourneyEmails emails;
    private final MonthlyRecap recap;
    private final boolean sending;

    /** {@code sending}: whether SMTP is set; without it accounts are enrolled, but no email is queued. */
    JourneyPlanner(Jdbi jdbi, Clock clock, ZoneId zone, List<Journey> journeys, JourneyEmails emails, MonthlyRecap recap,
                   boolean sending) {
        this.sending = sending;
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.journeys = journeys;
        this.emails = emails;
        this.recap = recap;
    }

    /** Enrols and queues what is due; returns how many emails were queued. */
    int plan() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        jdbi.useTransaction(recap::keepMonth);
        List<Release> releases = jdbi.withExtension(ReleaseDao.class, dao -> dao.since(now.minus(StepTiming.RELEASE_FRESH)));
        int queued = 0;
        for (Journey journey : journeys) {
            jdbi.useExtension(JourneyDao.class, dao -> dao.enrol(journey.name(), orNone(journey.serviceModels()),
                    orNone(journey.taSegmentations()), now, today));
            if (!sending) {
                continue;
            }
            for (Journey.Step step : journey.steps()) {
                for (StepTiming.Due due : StepTiming.due(step.when(), today, now, releases)) {
                    queued += queue(journey, step, due, now);
                }
            }
        }
        return queued;
    }

    private static String orNone(java.util.Set<String> values) {
        return "," + String.join(",", values) + ",";
    }

    private int queue(Journey journey, Journey.Step step, StepTiming.Due due, Instant now) {
        int queued = 0;
        for (Owed owed : owed(journey, step, due)) {
            JourneyContact contact = owed.contact();
            try {
                if (jdbi.inTransaction(handle -> queueOne(handle, journey, step, owed, due.occurrence(), contact, now))) {
                    queued++;
                }
            } catch (UnableToExecuteStatementException e) {
                // another instance queued this email, or another email took the day, in the meantime: next tick sees it
                log.debug("Journey email to contact {} not queued this tick: {}", contact.id(), e.getMessage());
            }
        }
        return queued;
    }

    /**
     * The step's recipients still owed the occurrence, one query per role (a contact holding two of the step's roles
     * comes once), in account and contact order.
     */
    private List<Owed> owed(Journey journey, Journey.Step step, StepTiming.Due due) {
        Map<Long, Owed> byContact = new HashMap<>();
        jdbi.useExtension(JourneyDao.class, dao -> {
            for (Role role : step.roles()) {
                for (Owed owed : dao.owed(journey.name(), step.id(), due.occurrence().key(), "%," + role.code() + ",%",
                        due.timed(), due.closedWonFrom(), due.closedWonTo(), due.enrolledBefore(), due.enrolledBy())) {
                    if (due.notLate(owed)) {
                        byContact.putIfAbsent(owed.id(), owed);
                    }
                }
            }
        });
        return byContact.values().stream()
                .sorted(Comparator.comparingLong(Owed::accountId).thenComparingLong(Owed::id)).toList();
    }

    private boolean queueOne(Handle handle, Journey journey, Journey.Step step, Owed owed,
                             StepTiming.Occurrence occurrence, JourneyContact contact, Instant now) {
        JourneyDao dao = handle.attach(JourneyDao.class);
        if (dao.planned(contact.id(), journey.name(), step.id(), occurrence.key())) {
            return false;
        }
        SendWindow.Slot slot = SendWindow.next(now, SendWindow.zoneOf(contact.timeZone(), zone),
                day -> dao.dayTaken(contact.id(), day));
        if (slot == null) {
            return false;
        }
        String key = "journey:" + journey.name() + ":" + step.id() + ":" + occurrence.key() + ":" + contact.id();
        long id = dao.insertMessage(owed.accountId(), contact.id(), journey.name(), step.id(), occurrence.key(),
                contact.email(), slot.day(), key, now);
        Email email = emails.render(step, owed.accountName(), contact, id, extras(handle, step, owed.accountId(), occurrence));
        Outbox.emailAt(handle, key, email, slot.at(), now);
        return true;
    }

    private JourneyEmails.Extras extras(Handle handle, Journey.Step step, long accountId,
                                        StepTiming.Occurrence occurrence) {
        if (occurrence.release() != null) {
            Release release = occurrence.release();
            return new JourneyEmails.Extras(Map.of("release", Map.of("title", release.title(), "summary",
                    release.summary(), "link", release.link())), step.subject() + ": " + release.title());
        }
        if (occurrence.month() != null) {
            return new JourneyEmails.Extras(Map.of("recap", recap.model(handle, accountId, occurrence.month())),
                    step.subject());
        }
        return JourneyEmails.Extras.none(step.subject());
    }
}
