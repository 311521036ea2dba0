package dev.baton.account;

import org.jdbi.v3.core.Handle;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One account's health as a card or App Home shows it: the score and band (null before any input is known), the
 * inputs missing (comma-separated), and last week's snapshot score for the trend. The health workflow writes
 * {@code account_health}; this read lives here so that any workflow can show it without importing that one.
 */
public record AccountHealthSummary(long accountId, Integer score, String band, String missing,
                                   Integer lastWeekScore) {
    /** How far the score must move from last week's to count as up or down rather than flat. */
    static final int FLAT_WITHIN = 2;

    /** The health of each account that has one, by account id. */
    public static Map<Long, AccountHealthSummary> of(Handle handle, Collection<Long> accountIds, Instant now,
                                                      ZoneId zone) {
        Map<Long, AccountHealthSummary> found = new LinkedHashMap<>();
        if (accountIds.isEmpty()) {
            return found;
        }
        LocalDate lastWeek = now.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(1);
        handle.attach(AccountHealthDao.class).summaries(accountIds.toArray(Long[]::new), lastWeek)
                .forEach(summary -> found.put(summary.accountId(), summary));
        return found;
    }

    /** {@code up}, {@code down} or {@code flat} against last week's snapshot; {@code flat} without one. */
    public String trend() {
        if (score == null || lastWeekScore == null || Math.abs(score - lastWeekScore) < FLAT_WITHIN) {
            return "flat";
        }
        return score > lastWeekScore ? "up" : "down";
    }
}
