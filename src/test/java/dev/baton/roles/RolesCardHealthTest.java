package dev.baton.roles;

import dev.baton.account.AccountAccess;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import static dev.baton.testing.Fixtures.LEADER;
import static org.assertj.core.api.Assertions.assertThat;

/** The /roles card shows the account's health: score, band, the trend against last week and the inputs missing. */
class RolesCardHealthTest {
    /** A Monday 00:30 in Berlin, still Sunday in UTC: the week (and so "last week") is Berlin's. */
    private static final Instant NOW = Instant.parse("2026-11-29T23:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theCardShowsScoreBandTrendAndMissingInputs(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long account = Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            RolesViews views = new RolesViews(new BlockKit(new Templates(Path.of("templates"))));
            RolesService service = new RolesService(db.jdbi(), new AccountAccess(Set.of(LEADER)), CLOCK,
                    new RolesNotifications(new BlockKit(new Templates(Path.of("templates")))), BERLIN);
            assertThat(views.card(service.card(account).orElseThrow(), true, 1, null, null).toString())
                    .doesNotContain("Health *");

            db.jdbi().useHandle(h -> {
                h.createUpdate("insert into account_health (account_id, score, band, components, missing, computed_at) "
                        + "values (:a, 38, 'red', '{\"version_currency\":20}', 'utilisation,version_currency', :now)")
                        .bind("a", account).bind("now", NOW).execute();
                // Berlin's last week started on Monday 2026-11-23 (UTC's current week would be that one)
                h.createUpdate("insert into account_health_week (account_id, week_start, score, band, components) "
                        + "values (:a, :w, 55, 'yellow', '{}')").bind("a", account)
                        .bind("w", LocalDate.parse("2026-11-23")).execute();
            });

            String card = views.card(service.card(account).orElseThrow(), true, 1, null, null).toString();
            assertThat(card).contains(":red_circle: Health *38* (red) · ↓ down on last week · no input yet: "
                    + "Utilisation, Version currency");
        }
    }
}
