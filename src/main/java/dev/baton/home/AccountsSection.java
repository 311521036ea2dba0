package dev.baton.home;

import org.jdbi.v3.core.Handle;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/** App Home's My accounts: one page of the accounts the person is on, least healthy or nearest renewal first. */
final class AccountsSection {
    static final int PAGE_SIZE = 15;

    private AccountsSection() {
    }

    static Page<MyAccount> read(Handle handle, String userId, HomeState.Sort sort, int page, Instant now,
                                ZoneId zone) {
        HomeDao dao = handle.attach(HomeDao.class);
        int total = dao.accountCount(userId);
        int number = Page.clamp(page, PAGE_SIZE, total);
        // the trend compares with the snapshot of a week before this one (account_health_week is by Monday)
        LocalDate weekStart = LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<MyAccount> rows = sort == HomeState.Sort.RENEWAL
                ? dao.accountsByRenewal(userId, weekStart, PAGE_SIZE, number * PAGE_SIZE)
                : dao.accountsByHealth(userId, weekStart, PAGE_SIZE, number * PAGE_SIZE);
        return new Page<>(rows, number, PAGE_SIZE, total);
    }
}
