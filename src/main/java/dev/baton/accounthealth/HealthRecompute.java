package dev.baton.accounthealth;

import com.google.gson.JsonObject;
import dev.baton.account.Contact;
import dev.baton.account.Contacts;
import dev.baton.account.Role;
import dev.baton.account.RoleCoverage;
import org.jdbi.v3.core.Handle;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recomputes one account's health from what the other workflows have stored, in the caller's transaction: keeps
 * the week's active users for the engagement trend, replaces the account's {@code account_health} row and this
 * week's {@code account_health_week} snapshot (the week starting on Monday in {@code zone}). What every account of a
 * run reads alike (each segment's peer catalogue, the newest version reported) is read once per {@link Batch}.
 */
public final class HealthRecompute {
    /** How far back survey answers and journey emails count for engagement. */
    static final Duration SIGNALS_WINDOW = Duration.ofDays(90);

    private final HealthWeights weights;
    private final Optional<String> latestVersion;
    private final ZoneId zone;
    private final boolean emailOpensTracked;

    /**
     * {@code latestVersion}: {@code BATON_LATEST_VERSION}; empty means the newest any account reports.
     * {@code emailOpensTracked}: {@code BATON_EMAIL_TRACK_OPENS}; without it email engagement is left out.
     */
    public HealthRecompute(HealthWeights weights, Optional<String> latestVersion, ZoneId zone,
                           boolean emailOpensTracked) {
        this.weights = weights;
        this.latestVersion = latestVersion;
        this.zone = zone;
        this.emailOpensTracked = emailOpensTracked;
    }

    /** Recomputes one account with a batch of its own. */
    public HealthScore recompute(Handle handle, long accountId, Instant now) {
        return batch().recompute(handle, accountId, now);
    }

    /** A run of recomputes that share the reads every account makes alike; keep one for a tick, not longer. */
    public Batch batch() {
        return new Batch();
    }

    /**
     * The shared reads of one run: the peer catalogue by segment (it aggregated every first use of the segment, for
     * every account) and the newest version reported (a scan of every account, for every account).
     */
    public final class Batch {
        private final Map<String, Set<String>> catalogues = new HashMap<>();
        private Optional<String> latest;

        private Batch() {
        }

        public HealthScore recompute(Handle handle, long accountId, Instant now) {
            HealthInputsDao dao = handle.attach(HealthInputsDao.class);
            LocalDate week = weekStart(now, zone);
            Map<Component, Integer> scored = new EnumMap<>(Component.class);
            Optional<HealthInputsDao.Seats> seats = dao.seats(accountId);
            seats.ifPresent(s -> {
                LocalDate reported = weekStart(s.asOf(), zone);
                dao.forgetActiveWeek(accountId, reported);
                dao.keepActiveWeek(accountId, reported, s.activeUsers());
            });
            scored.put(Component.UTILISATION, seats.map(s -> ComponentScores.utilisation(s.activeUsers(),
                    s.seatsPurchased())).orElse(null));
            HealthInputsDao.Profile profile = dao.profile(accountId);
            scored.put(Component.ADOPTION, adoption(dao, accountId, profile.segment()));
            scored.put(Component.ENGAGEMENT, engagement(dao, accountId, week, now));
            scored.put(Component.VERSION_CURRENCY,
                    ComponentScores.versionCurrency(profile.productVersion(), latest(dao)));
            scored.put(Component.RELATIONSHIPS, relationships(handle, dao, accountId));
            HealthScore score = HealthScore.of(scored, weights);
            save(dao, accountId, week, score, now);
            return score;
        }

        private Integer adoption(HealthInputsDao dao, long accountId, String segment) {
            Set<String> catalogue = catalogues.computeIfAbsent(segment == null ? "-" : segment,
                    key -> catalogue(dao, key));
            if (catalogue.isEmpty()) {
                return null;
            }
            int used = (int) dao.featureKeys(accountId).stream().filter(catalogue::contains).count();
            return ComponentScores.adoption(used, catalogue.size());
        }

        /** The features at least half of the segment's accounts with any usage have used. */
        private static Set<String> catalogue(HealthInputsDao dao, String segment) {
            int peers = dao.peerCount(segment);
            Set<String> catalogue = new HashSet<>();
            for (HealthInputsDao.Reach reach : dao.featureReach(segment)) {
                if (2 * reach.accounts() >= peers) {
                    catalogue.add(reach.featureKey());
                }
            }
            return catalogue;
        }

        private String latest(HealthInputsDao dao) {
            if (latest == null) {
                latest = latestVersion.or(() -> ProductVersion.newest(dao.reportedVersions()));
            }
            return latest.orElse(null);
        }
    }

    private Integer engagement(HealthInputsDao dao, long accountId, LocalDate week, Instant now) {
        Instant since = now.minus(SIGNALS_WINDOW);
        List<Integer> signals = new ArrayList<>();
        signals.add(ComponentScores.survey(dao.surveyScores(accountId, since)));
        if (emailOpensTracked) {
            HealthInputsDao.Emails emails = dao.emailEngagement(accountId, since);
            signals.add(ComponentScores.email(emails.sent(), emails.engaged()));
        }
        return ComponentScores.engagement(dao.activeWeeks(accountId, week.minusWeeks(4)), signals);
    }

    private static Integer relationships(Handle handle, HealthInputsDao dao, long accountId) {
        List<Contact> contacts = Contacts.forAccount(handle, accountId);
        RoleCoverage coverage = RoleCoverage.of(contacts);
        boolean champion = !coverage.holders().getOrDefault(Role.CHAMPION, List.of()).isEmpty();
        return ComponentScores.relationships(Role.REQUIRED.size() - coverage.missing().size(), Role.REQUIRED.size(),
                champion, dao.contactsConfirmed(accountId).orElse(null));
    }

    private static void save(HealthInputsDao dao, long accountId, LocalDate week, HealthScore score, Instant now) {
        String components = componentsJson(score);
        String missing = score.missing().stream().map(Component::key).collect(Collectors.joining(","));
        dao.forgetHealth(accountId);
        dao.saveHealth(accountId, score.score(), score.band(), components, missing, now);
        dao.forgetWeek(accountId, week);
        dao.saveWeek(accountId, week, score.score(), score.band(), components);
    }

    static String componentsJson(HealthScore score) {
        JsonObject json = new JsonObject();
        score.components().forEach((component, value) -> json.addProperty(component.key(), value));
        return json.toString();
    }

    /** The Monday that starts the week of {@code at} in {@code zone}. */
    public static LocalDate weekStart(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
