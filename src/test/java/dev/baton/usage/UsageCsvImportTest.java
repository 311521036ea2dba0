package dev.baton.usage;

import dev.baton.Baton;
import dev.baton.config.Settings;
import dev.baton.store.Database;
import dev.baton.testing.Fixtures;
import dev.baton.testing.MutableClock;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static dev.baton.usage.UsageTesting.queued;
import static org.assertj.core.api.Assertions.assertThat;

/** The CSV backfill: same ingestion as the API, every bad row reported, and the command runs without Slack. */
class UsageCsvImportTest {
    private static final String CSV = """
            account,feature,user,occurred_at
            001ACME,"Merge Trains, beta",u1,2026-11-20T10:00:00Z
            001ACME,"merge trains,  beta",u2,2026-11-19T10:00:00Z
            001ACME,Boards,u1,not-a-time
            001NOPE,Boards,u1,2026-11-20T10:00:00Z
            001ACME,,u1,2026-11-20T10:00:00Z
            001ACME,Boards
            """;

    /** After every row's time, so none is in the future. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
    @TempDir
    Path dir;

    /** A row for the command, which runs on the real clock: its time is a day before the test's frozen now. */
    private static String rowOfYesterday(Instant now, String feature) {
        return "001ACME," + feature + ",u1," + now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS) + "\n";
    }

    @Test
    void importsGoodRowsAndListsEveryRejectedRowWithItsReason() throws Exception {
        try (Database db = TestDatabases.h2()) {
            Fixtures.account(db.jdbi(), clock, "Acme", "001ACME");
            Path file = Files.writeString(dir.resolve("usage.csv"), CSV);
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            UsageCsvImport importer = new UsageCsvImport(UsageTesting.ingest(db, clock), clock,
                    new PrintStream(output, true, StandardCharsets.UTF_8));

            UsageCsvImport.Summary summary = importer.load(file, true);

            assertThat(summary).isEqualTo(new UsageCsvImport.Summary(6, 2, 4));
            String printed = output.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("[##############################] 100%").contains("6 rows, 2 accepted, 4 rejected")
                    .contains("row 3: bad timestamp").contains("row 4: unknown account 001NOPE")
                    .contains("row 5: missing field: feature").contains("row 6: missing field: user");
            assertThat(Files.readAllLines(dir.resolve("usage.csv.rejected.csv"))).hasSize(5)
                    .first().isEqualTo("row,account,feature,user,occurred_at,reason");
            assertThat(queued(db, "usage-first:")).singleElement().extracting(m -> UsageTesting.shown(db, m)).asString()
                    .contains("2 users so far").contains("Thu 19 Nov 2026 10:00");
        }
    }

    @Test
    void theCommandRunsBeforeAndWithoutTheSlackSecrets() throws Exception {
        Instant now = Instant.now();
        Path data = dir.resolve("baton");
        String url = "jdbc:h2:file:" + data.toAbsolutePath();
        try (Database db = Database.open(url, "sa", "")) {
            Fixtures.account(db.jdbi(), Clock.fixed(now, ZoneOffset.UTC), "Acme", "001ACME");
        }
        Path file = Files.writeString(dir.resolve("ok.csv"), "account,feature,user,occurred_at\n"
                + rowOfYesterday(now, "Boards"));
        ProcessBuilder builder = new ProcessBuilder(List.of(
                ProcessHandle.current().info().command().orElse("java"), "-cp", System.getProperty("java.class.path"),
                Baton.class.getName(), "import", "usage", file.toString())).redirectErrorStream(true);
        builder.environment().remove("SLACK_BOT_TOKEN");
        builder.environment().remove("SLACK_SIGNING_SECRET");
        builder.environment().put("BATON_DATABASE_URL", url);
        builder.environment().put("BATON_TEMPLATES_DIR", "templates");
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(output).contains("1 rows, 1 accepted, 0 rejected").doesNotContain("[#");
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void aHistoryImportRecordsItsFirstUsesAndNeverAlertsThem() throws Exception {
        try (Database db = TestDatabases.h2()) {
            long acme = Fixtures.account(db.jdbi(), clock, "Acme", "001ACME");
            Path file = Files.writeString(dir.resolve("history.csv"), "account,feature,user,occurred_at\n"
                    + "001ACME,Merge Trains,u1,2025-03-02T10:00:00Z\n001ACME,Merge Trains,u2,2025-01-15T10:00:00Z\n");
            UsageIngest history = new UsageIngest(db.jdbi(), clock, UsageTesting.ALERTS.withoutFirstUseAlerts());
            UsageCsvImport importer = new UsageCsvImport(history, clock,
                    new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

            assertThat(importer.load(file, false)).isEqualTo(new UsageCsvImport.Summary(2, 2, 0));
            assertThat(UsageTesting.firstUse(db, acme, "merge trains")).get().extracting(FirstUse::firstAt)
                    .isEqualTo(Instant.parse("2025-01-15T10:00:00Z"));
            assertThat(queued(db, "usage-first:")).isEmpty();

            UsageIngest live = UsageTesting.ingest(db, clock);
            live.ingest(List.of(UsageTesting.event("001ACME", "Merge Trains", "u3", "2026-11-20T10:00:00Z"),
                    UsageTesting.event("001ACME", "Boards", "u3", "2026-11-20T10:00:00Z")));
            assertThat(queued(db, "usage-first:")).extracting(m -> UsageTesting.shown(db, m)).singleElement()
                    .asString().contains("Boards").doesNotContain("Merge Trains");
        }
    }

    @Test
    void theCommandTakesNoAlertsAndRefusesOtherOptions() throws Exception {
        Instant now = Instant.now();
        Path data = dir.resolve("baton");
        String url = "jdbc:h2:file:" + data.toAbsolutePath();
        long acme;
        try (Database db = Database.open(url, "sa", "")) {
            acme = Fixtures.account(db.jdbi(), Clock.fixed(now, ZoneOffset.UTC), "Acme", "001ACME");
        }
        Path file = Files.writeString(dir.resolve("history.csv"), "account,feature,user,occurred_at\n"
                + rowOfYesterday(now, "Boards"));
        Settings settings = Settings.withoutSlack(Map.of("BATON_DATABASE_URL", url, "BATON_TEMPLATES_DIR", "templates"));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);

        assertThat(UsageCsvImport.run(List.of("--no-alert", file.toString()), settings, out, false)).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("usage: java -jar baton.jar import usage [--no-alerts] FILE.csv");
        assertThat(UsageCsvImport.run(List.of("--no-alerts", file.toString()), settings, out, false)).isZero();
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("1 rows, 1 accepted, 0 rejected")
                .contains("recorded without alerts (--no-alerts)");
        try (Database db = Database.open(url, "sa", "")) {
            assertThat(UsageTesting.firstUse(db, acme, "boards")).isPresent();
            assertThat(queued(db, "usage-first:")).isEmpty();
        }
    }
}
