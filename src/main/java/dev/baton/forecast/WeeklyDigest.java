package dev.baton.forecast;

import com.google.gson.JsonObject;
import dev.baton.outbox.Outbox;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The weekly renewal forecast, every Monday from 09:00 in {@code BATON_TIMEZONE}: claimed for its week in
 * {@code forecast_digest} in the same transaction that snapshots the week's figures and queues the posts, so it
 * goes out once across instances and restarts (and the outbox sends each post once).
 */
public final class WeeklyDigest {
    /** How many of each kind of change or missing step the digest lists before "and N more". */
    static final int LISTED = 10;
    private static final Logger log = LoggerFactory.getLogger(WeeklyDigest.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final List<String> recipients;
    private final ForecastViews views;
    private final String instance;

    /** {@code recipients}: the forecast channel, or each leader's DM. */
    WeeklyDigest(Jdbi jdbi, Clock clock, ZoneId zone, List<String> recipients, ForecastViews views, String instance) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.recipients = recipients;
        this.views = views;
        this.instance = instance;
    }

    /** Sends this week's digest if it is due and no instance has claimed it; answers whether this call sent it. */
    boolean tick() {
        Instant now = clock.instant();
        Optional<LocalDate> week = DigestWindow.dueWeek(now, zone);
        if (week.isEmpty() || claimed(week.get())) {
            return false;
        }
        try {
            return jdbi.inTransaction(handle -> send(handle, week.get(), now));
        } catch (JdbiException e) {
            if (claimed(week.get())) {
                return false; // another instance claimed the week while this one waited for the claim
            }
            throw e;
        }
    }

    private boolean claimed(LocalDate week) {
        return jdbi.withExtension(DigestDao.class, dao -> dao.claimed(week)) > 0;
    }

    private boolean send(Handle handle, LocalDate week, Instant now) {
        DigestDao dao = handle.attach(DigestDao.class);
        if (dao.claim(week, instance, now) == 0) {
            return false;
        }
        DigestReport report = report(dao, week, LocalDate.ofInstant(now, zone));
        dao.snapshot(report.window(), week);
        if (report.empty()) {
            log.info("Forecast digest for the week of {}: no renewals in {} to {}, nothing sent", week,
                    report.window().from(), report.window().to());
            return true;
        }
        if (recipients.isEmpty()) {
            log.warn("Forecast digest for the week of {}: neither BATON_FORECAST_CHANNEL nor BATON_LEADERS is set, "
                    + "so nobody gets it", week);
        }
        JsonObject message = views.digest(report);
        for (String recipient : recipients) {
            Outbox.post(handle, "forecast-digest:" + week + ":" + recipient, recipient, message, now);
        }
        dao.markSent(week, now);
        return true;
    }

    /** The week's figures: a few set-based queries over the window, grouped and capped in the database. */
    public static DigestReport report(DigestDao dao, LocalDate week, LocalDate today) {
        DigestWindow window = DigestWindow.of(today);
        List<QuarterFigures> quarters = dao.quarters(window);
        LocalDate lastWeek = week.minusWeeks(1);
        List<DigestReport.Group<DigestChange>> changes = dao.claimed(lastWeek) == 0 ? null
                : groups(DigestReport.CHANGE_KINDS, dao.changes(window, lastWeek, LISTED), DigestChange::kind,
                        DigestChange::ofKind);
        List<DigestReport.Group<DigestGap>> gaps = groups(DigestReport.GAP_KINDS, dao.gaps(window, LISTED),
                DigestGap::gap, DigestGap::ofKind);
        return new DigestReport(week, window, quarters, QuarterFigures.total(quarters), changes, gaps);
    }

    private static <T> List<DigestReport.Group<T>> groups(List<String> kinds, List<T> rows, Function<T, String> kind,
                                                          Function<T, Integer> total) {
        List<DigestReport.Group<T>> groups = new ArrayList<>();
        for (String name : kinds) {
            List<T> mine = rows.stream().filter(row -> name.equals(kind.apply(row))).toList();
            groups.add(new DigestReport.Group<>(name, mine.isEmpty() ? 0 : total.apply(mine.get(0)), mine));
        }
        return groups;
    }
}
