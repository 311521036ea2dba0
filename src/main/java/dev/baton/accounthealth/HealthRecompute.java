package dev.baton.accounthealth;

import com.google.gson.JsonObject;
import dev.baton.account.Contact;
import dev.baton.account.Contacts;
import dev.baton.account.Role;
import dev.baton.account.RoleCoverage;
import org.jdbi.v3.core.Handle;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Recomputes one account's health from what the other workflows have stored, in the caller's transaction: keeps
 * the week's active users for the engagement trend, replaces the account's {@code account_health} row and this
 * week's {@code account_health_week} snapshot (the week starting on Monday in {@code zone}).
 */
public final class HealthRecompute {
    private final HealthWeights weights;
    private final Optional<String> latestVersion;
    private final ZoneId zone;

    /** {@code latestVersion}: {@code BATON_LATEST_VERSION}; empty means the newest any account reports. */
    public HealthRecompute(HealthWeights weights, Optional<String> latestVersion, ZoneId zone) {
        this.weights = weights;
        this.latestVersion = latestVersion;
        this.zone = zone;
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
        HealthInputsDao.Adoption adoption = dao.adoption(accountId);
        scored.put(Component.ADOPTION, ComponentScores.adoption(adoption.peerFeaturesUsed(), adoption.peerFeatures()));
        scored.put(Component.ENGAGEMENT, ComponentScores.engagement(dao.activeWeeks(accountId, week.minusWeeks(4)),
                List.of()));
        String latest = latestVersion.or(() -> ProductVersion.newest(dao.reportedVersions())).orElse(null);
        scored.put(Component.VERSION_CURRENCY,
                ComponentScores.versionCurrency(dao.productVersion(accountId).orElse(null), latest));
        scored.put(Component.RELATIONSHIPS, relationships(handle, dao, accountId));
        HealthScore score = HealthScore.of(scored, weights);
        save(dao, accountId, week, score, now);
        return score;
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
