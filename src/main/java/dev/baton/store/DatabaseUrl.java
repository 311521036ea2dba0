package dev.baton.store;

import java.util.Locale;

/**
 * The JDBC URL as Baton opens it. Apart from {@link Database}, which opens the pool on it, because these are rules
 * of their own about H2 (its PostgreSQL mode, page cache, commit durability and second-process access), each
 * tested on its own; a PostgreSQL URL passes through unchanged.
 */
final class DatabaseUrl {
    private DatabaseUrl() {
    }

    /**
     * The URL Baton opens: an H2 URL gets the settings below unless it sets them itself (its own choice wins);
     * any other URL is used as given.
     */
    static String opened(String url, long maxHeapBytes) {
        String opened = h2Compatible(url);
        opened = h2PageCache(opened, maxHeapBytes);
        if (isH2File(url)) {
            // H2 writes committed transactions to the file up to WRITE_DELAY (500 ms) later: a kill -9 in that
            // window lost work Baton had already answered "done" to. 0 writes each commit before it returns.
            opened = h2Default(opened, "WRITE_DELAY", "0");
            // lets a second process (java -jar baton.jar import usage) use the file while the server holds it:
            // the first process serves it to the others over TCP, bound to loopback (see Database's static block)
            opened = h2Default(opened, "AUTO_SERVER", "TRUE");
        }
        return opened;
    }

    /** Runs H2 in its PostgreSQL mode so one set of SQL files (ON CONFLICT, lower-case names) serves both. */
    static String h2Compatible(String url) {
        if (!h2Without(url, "MODE")) {
            return url;
        }
        return url + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    /**
     * Gives H2 a page cache of a quarter of the heap, at most 256 MB. H2's own 16 MB held less than the /roles benchmark's
     * accounts and contacts: cards re-read and re-decoded pages from the file, and the pages read lived just long
     * enough to be copied by the next young collection.
     */
    static String h2PageCache(String url, long maxHeapBytes) {
        long kilobytes = Math.max(16 * 1024, Math.min(256 * 1024, maxHeapBytes / 4 / 1024));
        return h2Default(url, "CACHE_SIZE", String.valueOf(kilobytes));
    }

    private static String h2Default(String url, String setting, String value) {
        return h2Without(url, setting) ? url + ";" + setting + "=" + value : url;
    }

    /** Whether the URL is H2's and does not set {@code setting} itself (the URL's own choice wins). */
    private static boolean h2Without(String url, String setting) {
        return url.startsWith("jdbc:h2:") && !url.toUpperCase(Locale.ROOT).contains(";" + setting + "=");
    }

    /** An H2 database in a file this process opens itself (not in memory, not through another's TCP server). */
    static boolean isH2File(String url) {
        String rest = url.startsWith("jdbc:h2:") ? url.substring("jdbc:h2:".length()) : null;
        return rest != null && !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:")
                && !rest.startsWith("zip:");
    }
}
