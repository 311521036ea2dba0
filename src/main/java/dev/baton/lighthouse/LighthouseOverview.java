package dev.baton.lighthouse;

import dev.baton.account.AccountDao;
import dev.baton.account.AccountDirectory;
import dev.baton.lighthouse.LighthouseRows.ListRow;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What {@code /lighthouse} reads: the program's master list (mine first) and one account's card. */
final class LighthouseOverview {
    static final int MAX_ROWS = 40;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final AccountDirectory accounts;
    private final LighthouseCards cards;
    private final SyncCalendar calendar;

    LighthouseOverview(Jdbi jdbi, Clock clock, ZoneId zone, AccountDirectory accounts, LighthouseCards cards,
                       SyncCalendar calendar) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.accounts = accounts;
        this.cards = cards;
        this.calendar = calendar;
    }

    String nextSync() {
        return calendar.next(clock.instant()).map(LocalDate::toString).orElse("");
    }

    List<Map<String, Object>> list(String user) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        return jdbi.withExtension(LighthouseDao.class, dao -> dao.list(user, MAX_ROWS)).stream()
                .map(row -> row(row, today, now)).toList();
    }

    private Map<String, Object> row(ListRow row, LocalDate today, Instant now) {
        Map<String, Object> model = new HashMap<>();
        model.put("accountId", row.accountId());
        model.put("name", row.name());
        model.put("arr", row.arrCents() == null ? "" : String.format("$%,d", row.arrCents() / 100));
        model.put("renewalDate", row.renewalDate() == null ? "" : row.renewalDate().toString());
        model.put("days", ChronoUnit.DAYS.between(LocalDate.ofInstant(row.enteredAt(), zone), today));
        model.put("sponsor", row.sponsor() == null ? "" : row.sponsor());
        model.put("criteria", row.criteriaMet() + " of " + row.criteriaTotal());
        model.put("lastUpdate", row.lastUpdateAt() == null ? "no update yet"
                : age(Duration.between(row.lastUpdateAt(), now)));
        model.put("mine", row.mine());
        return model;
    }

    private static String age(Duration since) {
        long days = since.toDays();
        return days == 0 ? "today" : days == 1 ? "1 day ago" : days + " days ago";
    }

    AccountDirectory.Lookup<Map<String, Object>> find(String typed, String viewer) {
        return accounts.find(typed, (handle, account) -> cards.read(handle, account, viewer, clock.instant()));
    }

    Optional<Map<String, Object>> card(long accountId, String viewer) {
        return jdbi.withHandle(handle -> handle.attach(AccountDao.class).findById(accountId)
                .map(account -> cards.read(handle, account, viewer, clock.instant())));
    }
}
