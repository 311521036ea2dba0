package dev.baton.journey;

import dev.baton.outbox.Outbox;
import dev.baton.render.BlockKit;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The weekly conversations summary, every Monday from 09:00 in {@code BATON_TIMEZONE}, to {@code
 * BATON_DIGITAL_CHANNEL} (else a DM to each leader): per journey and step, the emails queued last week and what
 * became of them (sent, pending, bounced, failed, unsubscribed, opened, clicked, with rates), the week before beside
 * them. Claimed for its week in the transaction that queues it, so one instance posts it once.
 */
final class WeeklySummary {
    static final LocalTime FROM = LocalTime.of(9, 0);
    /** Slack's 50 blocks a message, less the header and the context lines. */
    static final int MAX_ROWS = 45;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final Optional<String> channel;
    private final Set<String> leaders;
    private final BlockKit blockKit;

    WeeklySummary(Jdbi jdbi, Clock clock, ZoneId zone, Optional<String> channel, Set<String> leaders, BlockKit blockKit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.channel = channel;
        this.leaders = leaders;
        this.blockKit = blockKit;
    }

    /** Posts this week's summary when it is due and not yet claimed; answers whether this call did. */
    boolean postIfDue() {
        Instant now = clock.instant();
        ZonedDateTime local = now.atZone(zone);
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (local.toLocalDate().equals(monday) && local.toLocalTime().isBefore(FROM)) {
            return false;
        }
        Instant weekStart = monday.atStartOfDay(zone).toInstant();
        Instant lastWeek = monday.minusWeeks(1).atStartOfDay(zone).toInstant();
        Instant weekBefore = monday.minusWeeks(2).atStartOfDay(zone).toInstant();
        return jdbi.inTransaction(handle -> {
            SummaryDao dao = handle.attach(SummaryDao.class);
            if (dao.claim(monday, now) == 0) {
                return false;
            }
            List<SummaryDao.StepFigures> week = dao.figures(lastWeek, weekStart);
            List<SummaryDao.StepFigures> before = dao.figures(weekBefore, lastWeek);
            if (week.isEmpty() && before.isEmpty()) {
                return false; // nothing to say: the week stays claimed, and no one is told of an empty week
            }
            Map<String, Object> model = model(week, before);
            model.put("week", monday.minusWeeks(1).toString());
            var message = blockKit.renderTree("journeys/weekly-summary.json.ftl", model);
            for (String to : channel.map(List::of).orElse(List.copyOf(leaders))) {
                Outbox.post(handle, "journey-summary:" + monday + ":" + to, to, message, now);
            }
            return true;
        });
    }

    private static Map<String, Object> model(List<SummaryDao.StepFigures> week, List<SummaryDao.StepFigures> before) {
        Map<String, SummaryDao.StepFigures> earlier = new LinkedHashMap<>();
        before.forEach(f -> earlier.put(f.journey() + "/" + f.step(), f));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (SummaryDao.StepFigures figures : week) {
            SummaryDao.StepFigures last = earlier.get(figures.journey() + "/" + figures.step());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("journey", figures.journey());
            row.put("step", figures.step());
            row.put("now", line(figures));
            row.put("before", last == null ? "none" : line(last));
            rows.add(row);
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("rows", rows.subList(0, Math.min(rows.size(), MAX_ROWS)));
        model.put("more", Math.max(0, rows.size() - MAX_ROWS));
        return model;
    }

    /** One week's figures for a step, as the summary words them. */
    static String line(SummaryDao.StepFigures f) {
        return f.sent() + " sent, " + f.pending() + " pending, " + f.bounced() + " bounced (" + rate(f.bounced(), f.total())
                + "), " + f.failed() + " failed, " + f.unsubscribed() + " unsubscribed (" + rate(f.unsubscribed(), f.sent())
                + "), " + f.opened() + " opened (" + rate(f.opened(), f.sent()) + "), " + f.clicked() + " clicked ("
                + rate(f.clicked(), f.sent()) + ")";
    }

    private static String rate(int part, int whole) {
        return whole == 0 ? "–" : Math.round(100.0 * part / whole) + "%";
    }
}
