package dev.baton.home;

import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * App Home's Today: the person's overdue and due items across every workflow, oldest first. Timeline steps (roles
 * tagging, hand-off steps, renewal assessment and check-ins, churn calls to action, success-plan actions, ...) are
 * those of the accounts the person is on the team of; Lighthouse plan steps are those the person owns.
 */
final class TodaySection {
    static final int PAGE_SIZE = 10;
    /** More than anyone works through in a day; the count says when there are more. */
    static final int READ_AT_MOST = 500;

    private TodaySection() {
    }

    static Page<TodayItem> read(Handle handle, String userId, Instant now, ZoneId zone, int page) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant startOfDay = today.atStartOfDay(zone).toInstant();
        Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();
        HomeDao dao = handle.attach(HomeDao.class);
        List<TodayItem> items = new ArrayList<>();
        for (TimelineRow row : dao.todaySteps(userId, endOfDay, READ_AT_MOST)) {
            items.add(new TodayItem(TodayItem.Kind.TIMELINE, row.id(), row.accountId(), row.accountName(), row.step(),
                    row.dueAt(), row.dueAt().isBefore(startOfDay)));
        }
        for (LighthouseRow row : dao.lighthouseSteps(userId, today, READ_AT_MOST)) {
            items.add(new TodayItem(TodayItem.Kind.LIGHTHOUSE, row.id(), row.accountId(), row.accountName(),
                    row.action(), row.dueOn().atStartOfDay(zone).toInstant(), row.dueOn().isBefore(today)));
        }
        items.sort(Comparator.comparing(TodayItem::dueAt).thenComparing(TodayItem::id));
        int number = Page.clamp(page, PAGE_SIZE, items.size());
        int from = number * PAGE_SIZE;
        return new Page<>(items.subList(from, Math.min(items.size(), from + PAGE_SIZE)), number, PAGE_SIZE,
                items.size());
    }
}
