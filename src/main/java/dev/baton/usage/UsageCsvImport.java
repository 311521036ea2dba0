package dev.baton.usage;

import dev.baton.config.Settings;
import dev.baton.render.BlockKit;
import dev.baton.render.Templates;
import dev.baton.store.Database;
import dev.baton.timeline.UserZones;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code java -jar baton.jar import usage [--no-alerts] FILE.csv}: backfills usage events (columns account,
 * feature, user, occurred_at) through the same ingestion as the API, 1,000 rows per transaction; first-use
 * alerts are queued in the outbox for the running server to send, unless {@code --no-alerts} says the file is
 * history (its first uses are recorded, never alerted). Rejected rows are listed, all of them in
 * FILE.rejected.csv.
 */
public final class UsageCsvImport {
    static final int BATCH = 1_000;
    static final int SHOWN_REJECTIONS = 20;
    static final List<String> COLUMNS = List.of("account", "feature", "user", "occurred_at");
    static final String NO_ALERTS = "--no-alerts";
    static final String USAGE = "usage: java -jar baton.jar import usage [" + NO_ALERTS + "] FILE.csv  (columns: "
            + String.join(", ", COLUMNS) + "; " + NO_ALERTS + ": the file is history, its first uses are recorded"
            + " without alerts)";

    /** What came of an import: rows read, accepted and rejected. */
    public record Summary(long rows, long accepted, long rejected) {
    }

    private final UsageIngest ingest;
    private final Clock clock;
    private final PrintStream out;

    public UsageCsvImport(UsageIngest ingest, Clock clock, PrintStream out) {
        this.ingest = ingest;
        this.clock = clock;
        this.out = out;
    }

    /** Runs the command; answers the exit code (0 all accepted, 1 some rows rejected, 2 could not import). */
    public static int run(List<String> args, Settings settings, PrintStream out, boolean terminal) {
        boolean alerts = !args.contains(NO_ALERTS);
        List<String> files = args.stream().filter(arg -> !NO_ALERTS.equals(arg)).toList();
        if (files.size() != 1 || files.get(0).startsWith("--")) {
            out.println(USAGE);
            return 2;
        }
        Path file = Path.of(files.get(0));
        if (!Files.isReadable(file)) {
            out.println("cannot read " + file);
            return 2;
        }
        try (Database database = Database.open(settings.databaseUrl(), settings.databaseUser(),
                settings.databasePassword()).prepare(UsageDao.class)) {
            UsageViews views = new UsageViews(new BlockKit(new Templates(settings.templatesDir())), settings.timezone());
            UsageAlerts usageAlerts = new UsageAlerts(views, settings.usageChannel(),
                    UserZones.nextAwakeStored(database.jdbi(), settings.timezone()));
            UsageIngest ingest = new UsageIngest(database.jdbi(), Clock.systemUTC(),
                    alerts ? usageAlerts : usageAlerts.withoutFirstUseAlerts());
            Summary summary = new UsageCsvImport(ingest, Clock.systemUTC(), out).load(file, terminal);
            if (!alerts) {
                out.println("The first uses this file revealed are recorded without alerts (" + NO_ALERTS + ").");
            }
            return summary.rejected() == 0 ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            out.println("import failed: " + e.getMessage());
            return 2;
        }
    }

    /** Reads the file in batches, prints progress and the summary, and writes the rejected rows beside it. */
    public Summary load(Path file, boolean terminal) throws IOException {
        Path rejectedFile = file.resolveSibling(file.getFileName() + ".rejected.csv");
        Files.deleteIfExists(rejectedFile);
        ImportProgress progress = new ImportProgress(out, terminal, Files.size(file));
        Rejections rejections = new Rejections(rejectedFile);
        long rows = 0;
        try (CountingStream bytes = new CountingStream(Files.newInputStream(file));
             CSVParser parser = format().parse(new InputStreamReader(bytes, StandardCharsets.UTF_8))) {
            checkHeader(parser);
            List<Row> batch = new ArrayList<>(BATCH);
            for (CSVRecord record : parser) {
                batch.add(new Row(++rows, record));
                if (batch.size() == BATCH) {
                    store(batch, rejections);
                    progress.update(bytes.count, rows, false);
                }
            }
            store(batch, rejections);
            progress.finish(bytes.count, rows);
        } finally {
            rejections.close();
        }
        Summary summary = new Summary(rows, rows - rejections.count, rejections.count);
        out.printf(Locale.ROOT, "Imported %s: %,d rows, %,d accepted, %,d rejected in %.1f s%n", file, summary.rows(),
                summary.accepted(), summary.rejected(), progress.seconds());
        rejections.report(out);
        return summary;
    }

    private static CSVFormat format() {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build();
    }

    private static void checkHeader(CSVParser parser) {
        List<String> missing = COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the header row lacks " + String.join(", ", missing)
                    + " (expected columns: " + String.join(", ", COLUMNS) + ")");
        }
    }

    private void store(List<Row> batch, Rejections rejections) throws IOException {
        List<UsageEvent> events = new ArrayList<>(batch.size());
        List<Row> parsed = new ArrayList<>(batch.size());
        for (Row row : batch) {
            try {
                events.add(UsageEvent.parse(row.field("account"), row.field("feature"), row.field("user"),
                        row.field("occurred_at"), clock.instant()));
                parsed.add(row);
            } catch (IllegalArgumentException e) {
                rejections.add(row, e.getMessage());
            }
        }
        List<String> reasons = events.isEmpty() ? List.of() : ingest.ingest(events);
        for (int i = 0; i < reasons.size(); i++) {
            if (reasons.get(i) != null) {
                rejections.add(parsed.get(i), reasons.get(i));
            }
        }
        batch.clear();
    }

    private record Row(long number, CSVRecord record) {
        String field(String name) {
            return record.isMapped(name) && record.isSet(name) ? record.get(name) : null;
        }
    }

    /** Every rejected row goes to FILE.rejected.csv; the first few are also printed. */
    private static final class Rejections implements AutoCloseable {
        private final Path file;
        private final List<String> shown = new ArrayList<>();
        private BufferedWriter writer;
        private long count;

        Rejections(Path file) {
            this.file = file;
        }

        void add(Row row, String reason) throws IOException {
            count++;
            if (shown.size() < SHOWN_REJECTIONS) {
                shown.add("  row " + row.number() + ": " + reason);
            }
            if (writer == null) {
                writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVFormat.DEFAULT.printRecord(writer, "row", "account", "feature", "user", "occurred_at", "reason");
            }
            CSVFormat.DEFAULT.printRecord(writer, row.number(), row.field("account"), row.field("feature"),
                    row.field("user"), row.field("occurred_at"), reason);
        }

        void report(PrintStream out) {
            if (count == 0) {
                return;
            }
            shown.forEach(out::println);
            if (count > shown.size()) {
                out.printf(Locale.ROOT, "  ... and %,d more%n", count - shown.size());
            }
            out.println("Every rejected row, with its reason: " + file);
        }

        @Override
        public void close() throws IOException {
            if (writer != null) {
                writer.close();
            }
        }
    }

    /** Counts the bytes the parser has read, for the progress bar. */
    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count += Math.max(0, n);
            return n;
        }
    }
}
