package dev.baton.journey;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An account's month in numbers, with the month before beside it: active users and seat utilisation (the seat
 * report that stood at each month's end, kept by {@link #keepMonth}), the features first used in the month, and the
 * features adopted in total by its end.
 */
final class MonthlyRecap {
    private final ZoneId zone;

    MonthlyRecap(ZoneId zone) {
        this.zone = zone;
    }

    /** Keeps each enrolled account's latest seat report as its month's figure (the month of the report). */
    void keepMonth(Handle handle) {
        RecapDao dao = handle.attach(RecapDao.class);
        for (RecapDao.SeatState state : dao.enrolledSeatStates()) {
            var month = YearMonth.from(state.asOf().atZone(zone)).atDay(1);
            if (dao.updateMonth(state.accountId(), month, state.activeUsers(), state.seatsPurchased()) == 0) {
                dao.insertMonth(state.accountId(), month, state.activeUsers(), state.seatsPurchased());
            }
        }
    }

    /** The template's {@code recap} model for the account's {@code month}. */
    Map<String, Object> model(Handle handle, long accountId, YearMonth month) {
        RecapDao dao = handle.attach(RecapDao.class);
        YearMonth last = month.minusMonths(1);
        RecapDao.MonthUsage now = dao.month(accountId, month.atDay(1)).orElse(new RecapDao.MonthUsage(null, null));
        RecapDao.MonthUsage before = dao.month(accountId, last.atDay(1)).orElse(new RecapDao.MonthUsage(null, null));
        List<String> features = dao.firstUsed(accountId, start(month), start(month.plusMonths(1)));
        Map<String, Object> recap = new LinkedHashMap<>();
        recap.put("month", name(month));
        recap.put("lastMonth", name(last));
        recap.put("activeUsers", count(now.activeUsers()));
        recap.put("lastActiveUsers", count(before.activeUsers()));
        recap.put("utilisation", percent(now));
        recap.put("lastUtilisation", percent(before));
        recap.put("newFeatures", features);
        recap.put("lastNewFeatures", dao.firstUsed(accountId, start(last), start(month)).size());
        recap.put("adoptedTotal", dao.adopted(accountId, start(month.plusMonths(1))));
        recap.put("lastAdoptedTotal", dao.adopted(accountId, start(month)));
        return recap;
    }

    private Instant start(YearMonth month) {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    private static String name(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }

    private static String count(Integer value) {
        return value == null ? "not reported" : String.valueOf(value);
    }

    private static String percent(RecapDao.MonthUsage usage) {
        if (usage.activeUsers() == null || usage.seatsPurchased() == null || usage.seatsPurchased() == 0) {
            return "not reported";
        }
        return Math.round(100.0 * usage.activeUsers() / usage.seatsPurchased()) + "%";
    }
}
