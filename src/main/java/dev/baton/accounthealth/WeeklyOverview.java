package dev.baton.accounthealth;

import com.google.gson.JsonObject;
import dev.baton.account.HealthOverview;
import dev.baton.outbox.Outbox;
import dev.baton.render.BlockKit;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The weekly health overview, every Monday from 09:00 in {@code BATON_TIMEZONE} (the week before's snapshots are
 * final by then), to {@code BATON_HEALTH_CHANNEL}: the week just ended, every scored account now against its score a
 * week before. Claimed for its week in {@code health_overview_week} in the transaction that queues the post, so it
 * goes out once across instances and restarts (and the outbox sends it once); a missed Monday is posted later that
 * week.
 */
final class WeeklyOverview {
    static final LocalTime FROM = LocalTime.of(9, 0);
    private static final Logger log = LoggerFactory.getLogger(WeeklyOverview.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final String channel;
    private final BlockKit blockKit;

    WeeklyOverview(Jdbi jdbi, Clock clock, ZoneId zone, String channel, BlockKit blockKit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.channel = channel;
        this.blockKit = blockKit;
    }

    /** Posts this week's overview when it is due and no instance has claimed it; answers whether this call did. */
    boolean postIfDue() {
        Instant now = clock.instant();
        LocalDate monday = HealthRecompute.weekStart(now, zone);
        if (now.isBefore(monday.atTime(FROM).atZone(zone).toInstant()) || claimed(monday)) {
            return false;
        }
        try {
            return jdbi.inTransaction(handle -> post(handle, monday, now));
        } catch (JdbiException e) {
            if (claimed(monday)) {
                return false; // another instance claimed the week while this one waited for the claim
            }
            throw e;
        }
    }

    private boolean claimed(LocalDate monday) {
        return jdbi.withExtension(OverviewWeekDao.class, dao -> dao.claimed(monday)) > 0;
    }

    private boolean post(Handle handle, LocalDate monday, Instant now) {
        HealthOverview overview = HealthOverview.read(handle, monday.minusWeeks(1));
        if (handle.attach(OverviewWeekDao.class).claim(monday, now, overview.toJson()) == 0) {
            return false;
        }
        if (overview.accounts() == 0) {
            log.info("Health overview for the week of {}: no account has a score yet, nothing posted", overview.week());
            return true;
        }
        Outbox.post(handle, "health-overview:" + monday + ":" + channel, channel, message(overview), now);
        return true;
    }

    /** The post of {@code overview}, from {@code templates/health/overview.json.ftl}. */
    JsonObject message(HealthOverview overview) {
        return blockKit.renderTree("health/overview.json.ftl", Map.of("overview", overview.model()));
    }
}
