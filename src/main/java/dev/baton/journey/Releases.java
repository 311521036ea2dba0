package dev.baton.journey;

import dev.baton.audit.Audit;
import org.jdbi.v3.core.Jdbi;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posting a product release (from the shortcut's modal or {@code POST /api/releases}): checked field by field,
 * stored and audited; the product-releases journey sends it to its recipients at their next send window.
 */
final class Releases {
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 3000;

    private final Jdbi jdbi;
    private final Clock clock;

    Releases(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** The release posted, or the problem with each field (title, summary, link). */
    sealed interface Posted {
        record Done(long id) implements Posted {
        }

        record Invalid(Map<String, String> problems) implements Posted {
        }
    }

    Posted post(String actor, String title, String summary, String link) {
        Map<String, String> problems = new LinkedHashMap<>();
        check(problems, "title", title, MAX_TITLE);
        check(problems, "summary", summary, MAX_SUMMARY);
        if (!web(link)) {
            problems.put("link", "link must be an http(s) address such as https://example.com/releases/17");
        }
        if (!problems.isEmpty()) {
            return new Posted.Invalid(problems);
        }
        Instant now = clock.instant();
        long id = jdbi.inTransaction(handle -> {
            long posted = handle.attach(ReleaseDao.class).insert(title.trim(), summary.trim(), link.trim(), actor, now);
            Audit.record(handle, now, actor, null, "journey.release.posted", null,
                    Map.of("id", posted, "title", title.trim(), "link", link.trim()));
            return posted;
        });
        return new Posted.Done(id);
    }

    private static void check(Map<String, String> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.put(field, field + " is required");
        } else if (value.trim().length() > max) {
            problems.put(field, field + " must be at most " + max + " characters, not " + value.trim().length());
        }
    }

    private static boolean web(String link) {
        try {
            URI uri = new URI(link == null ? "" : link.trim());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
