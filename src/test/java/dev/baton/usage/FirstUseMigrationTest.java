package dev.baton.usage;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static dev.baton.usage.UsageTesting.event;
import static dev.baton.usage.UsageTesting.queued;
import static org.assertj.core.api.Assertions.assertThat;

/** First uses stored before V7 keyed them by one column keep their one alert and still move earlier. */
class FirstUseMigrationTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T12:00:00Z"));

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aFirstUseStoredBeforeV7IsFoundByItsNewKey(DatabaseKind kind) {
        boolean h2 = kind == DatabaseKind.H2;
        String url = kind.freshUrl();
        String user = h2 ? "sa" : TestDatabases.postgresUser();
        String password = h2 ? "" : TestDatabases.postgresPassword();
        String v6Url = h2 ? url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" : url;
        Flyway.configure().dataSource(v6Url, user, password).locations("classpath:db/migration").target("6")
                .load().migrate();
        Jdbi v6 = Database.configured(Jdbi.create(v6Url, user, password));
        OffsetDateTime stored = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
        // by hand, in V6's columns: the account DAO writes today's, which a V6 schema lacks
        long acme = v6.withHandle(h -> h.createUpdate("insert into account (crm_id, name, name_key, created_at, "
                + "updated_at) values ('001ACME', 'Acme', 'acme', :at, :at)").bind("at", stored)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        v6.useHandle(h -> h.execute("insert into usage_first_use (account_id, feature_key, feature, first_at, recorded_at) "
                + "values (?, 'pipelines', 'Pipelines', ?, ?)", acme, stored, stored));

        try (Database db = Database.open(url, user, password)) {
            List<String> answers = UsageTesting.ingest(db, clock).ingest(List.of(
                    event("001ACME", "Pipelines", "u1", "2026-11-21T10:00:00Z"),
                    event("001ACME", "pipelines", "u2", "2026-11-18T08:00:00Z")));

            assertThat(answers).containsExactly(null, null);
            assertThat(queued(db, "usage-first:")).isEmpty();
            assertThat(UsageTesting.firstUse(db, acme, "pipelines").orElseThrow().firstAt())
                    .isEqualTo("2026-11-18T08:00:00Z");
        }
    }
}
