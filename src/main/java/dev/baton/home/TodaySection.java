package dev.baton.home;

import dev.baton.account.AccountDao;
import dev.baton.timeline.StepForms;
import org.jdbi.v3.core.Handle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * App Home's Today: the person's overdue and due items across every workflow, oldest first. Timeline steps (roles
 * tagging, hand-off steps, renewal assessment, save plan and check-ins, ...) are those of the accounts the person is
 * on the team of, each with its own forms; the items a workflow closes one by one (Lighthouse plan steps, churn
 * retros' calls to action, success-plan actions) are those the person owns, each with its own Done.
 */
final class TodaySection {
    static final int PAGE_SIZE = 10;
    /** More than anyone works through in a day; the count says when there are more. */
    static final int READ_AT_MOST = 500;
    /**
     * The steps whose items Today lists one by one instead: the step is the items' reminder, and its items are
     * closed only by their own Done (HomeTodayEndToEndTest checks each is a step some workflow has).
     */
    static final Set<String> ITEMISED = Set.of("lighthouse-plan-steps", "churn-calls-to-action", "successplan-actions");

    private TodaySection() {
    }

    static Page<TodayItem> read(Handle handle, String userId, Instant now, ZoneId zone, int page, StepForms forms) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant startOfDay = today.atStartOfDay(zone).toInstant();
        Instant endOfDay = today.plusDays(1).atStartOfDay(zone).toInstant();
        HomeDao dao = handle.attach(HomeDao.class);
        List<TodayItem> items = new ArrayList<>();
        for (TimelineRow row : dao.todaySteps(userId, endOfDay, READ_AT_MOST)) {
            if (!ITEMISED.contains(row.step())) {
                items.add(new TodayItem(TodayItem.Kind.TIMELINE, row.id(), row.accountId(), row.accountName(),
                        row.step(), row.dueAt(), row.dueAt().isBefore(startOfDay), List.of(), true));
            }
        }
        items(items, TodayItem.Kind.LIGHTHOUSE, dao.lighthouseSteps(userId, today, READ_AT_MOST), today, zone);
        items(items, TodayItem.Kind.CHURN_ACTION, dao.churnActions(userId, today, READ_AT_MOST), today, zone);
        items(items, TodayItem.Kind.PLAN_ACTION, dao.planActions(userId, today, READ_AT_MOST), today, zone);
        items.sort(Comparator.comparing(TodayItem::dueAt).thenComparing(TodayItem::id));
        int number = Page.clamp(page, PAGE_SIZE, items.size());
        int from = number * PAGE_SIZE;
        List<TodayItem> shown = items.subList(from, Math.min(items.size(), from + PAGE_SIZE)).stream()
                .map(item -> withButtons(handle, item, forms)).toList();
        return new Page<>(shown, number, PAGE_SIZE, items.size());
    }

    private static void items(List<TodayItem> into, TodayItem.Kind kind, List<ItemRow> rows, LocalDate today,
                              ZoneId zone) {
        for (ItemRow row : rows) {
            into.add(TodayItem.item(kind, row, row.dueOn().atStartOfDay(zone).toInstant(), row.dueOn().isBefore(today)));
        }
    }

    /** A shown timeline step's own forms (read for the page shown only) and whether it offers the reminders' Done. */
    private static TodayItem withButtons(Handle handle, TodayItem item, StepForms forms) {
        if (item.kind() != TodayItem.Kind.TIMELINE) {
            return item;
        }
        return handle.attach(AccountDao.class).findById(item.accountId())
                .map(account -> item.withButtons(forms.of(handle, item.what(), account),
                        !forms.closedItemByItem(item.what())))
                .orElse(item);
    }
}
