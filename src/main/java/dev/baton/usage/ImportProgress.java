package dev.baton.usage;

import java.io.PrintStream;
import java.util.Locale;

/** A one-line progress bar on a terminal (nothing when the output is a file or a pipe). */
final class ImportProgress {
    private static final int WIDTH = 30;
    private static final long EVERY_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private final long totalBytes;
    private final long started = System.nanoTime();
    private long lastDrawn;

    ImportProgress(PrintStream out, boolean terminal, long totalBytes) {
        this.out = out;
        this.terminal = terminal;
        this.totalBytes = Math.max(1, totalBytes);
    }

    void update(long bytesRead, long rows, boolean force) {
        long now = System.nanoTime();
        if (!terminal || (!force && now - lastDrawn < EVERY_NANOS)) {
            return;
        }
        lastDrawn = now;
        double share = Math.min(1.0, (double) bytesRead / totalBytes);
        int filled = (int) Math.round(share * WIDTH);
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        out.printf(Locale.ROOT, "\r[%s%s] %3d%%  %,d rows  %,.0f rows/s ", "#".repeat(filled),
                ".".repeat(WIDTH - filled), Math.round(share * 100), rows, rows / seconds);
        out.flush();
    }

    void finish(long bytesRead, long rows) {
        if (terminal) {
            update(bytesRead, rows, true);
            out.println();
        }
    }

    double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }
}
