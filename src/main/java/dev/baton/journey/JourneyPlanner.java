package dev.baton.journey;

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
import java.util.List;
import java.util.Map;

/**
 * On every tick: enrols the accounts that entered each journey, and queues each due step's email to each of its
 * recipients (the contacts holding the step's roles, neither unsubscribed nor bounced) at their next send window,
 * one journey email per contact per day. Every email is a journey_message row and an outbox row written together;
 * the row's unique keys make a second instance's attempt at the same email fail harmlessly.
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
            for (Enrolment enrolment : jdbi.withExtension(JourneyDao.class, dao -> dao.activeEnrolments(journey.name()))) {
                for (Journey.Step step : journey.steps()) {
                    for (StepTiming.Occurrence occurrence : StepTiming.due(step.when(), enrolment, today, releases)) {
                        queued += queue(journey, step, enrolment, occurrence, now);
                    }
                }
            }
        }
        return queued;
    }

    private static String orNone(java.util.Set<String> values) {
        return "," + String.join(",", values) + ",";
    }

    private int queue(Journey journey, Journey.Step step, Enrolment enrolment, StepTiming.Occurrence occurrence,
                      Instant now) {
        List<JourneyContact> recipients = jdbi.withExtension(JourneyDao.class, dao -> dao.contacts(enrolment.accountId()))
                .stream().filter(JourneyContact::reachable)
                .filter(c -> step.roles().stream().anyMatch(c.roleSet()::has)).toList();
        int queued = 0;
        for (JourneyContact contact : recipients) {
            try {
                if (jdbi.inTransaction(handle -> queueOne(handle, journey, step, enrolment, occurrence, contact, now))) {
                    queued++;
                }
            } catch (UnableToExecuteStatementException e) {
                // another instance queued this email, or another email took the day, in the meantime: next tick sees it
                log.debug("Journey email to contact {} not queued this tick: {}", contact.id(), e.getMessage());
            }
        }
        return queued;
    }

    private boolean queueOne(Handle handle, Journey journey, Journey.Step step, Enrolment enrolment,
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
        long id = dao.insertMessage(enrolment.accountId(), contact.id(), journey.name(), step.id(), occurrence.key(),
                contact.email(), slot.day(), key, now);
        Email email = emails.render(step, enrolment.accountName(), contact, id, extras(handle, step, enrolment, occurrence));
        Outbox.emailAt(handle, key, email, slot.at(), now);
        return true;
    }

    private JourneyEmails.Extras extras(Handle handle, Journey.Step step, Enrolment enrolment,
                                        StepTiming.Occurrence occurrence) {
        if (occurrence.release() != null) {
            Release release = occurrence.release();
            return new JourneyEmails.Extras(Map.of("release", Map.of("title", release.title(), "summary",
                    release.summary(), "link", release.link())), step.subject() + ": " + release.title());
        }
        if (occurrence.month() != null) {
            return new JourneyEmails.Extras(Map.of("recap", recap.model(handle, enrolment.accountId(), occurrence.month())),
                    step.subject());
        }
        return JourneyEmails.Extras.none(step.subject());
    }
}
