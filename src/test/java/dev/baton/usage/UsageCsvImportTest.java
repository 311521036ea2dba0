package dev.baton.usage;

import dev.baton.Baton;
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
import java.time.Instant;
import java.util.List;
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

    @TempDir
    Path dir;

    @Test
    void importsGoodRowsAndListsEveryRejectedRowWithItsReason() throws Exception {
        try (Database db = TestDatabases.h2()) {
            Fixtures.account(db.jdbi(), "Acme", "001ACME");
            Path file = Files.writeString(dir.resolve("usage.csv"), CSV);
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            UsageCsvImport importer = new UsageCsvImport(UsageTesting.ingest(db, new MutableClock(Instant.now())),
                    new MutableClock(Instant.parse("2026-11-25T00:00:00Z")), new PrintStream(output, true, StandardCharsets.UTF_8));

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
        Path data = dir.resolve("baton");
        String url = "jdbc:h2:file:" + data.toAbsolutePath();
        try (Database db = Database.open(url, "sa", "")) {
            Fixtures.account(db.jdbi(), "Acme", "001ACME");
        }
        Path file = Files.writeString(dir.resolve("ok.csv"), "account,feature,user,occurred_at\n"
                + "001ACME,Boards,u1,2026-11-20T10:00:00Z\n");
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
}
