package dev.baton.renewal;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
import dev.baton.account.AccountDirectory;
import org.jdbi.v3.core.Jdbi;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** What {@code /renewal} reads: a person's renewals in the next 120 days, and one account's card. */
final class RenewalOverview {
    static final int WINDOW_DAYS = 120;
    static final int MAX_ROWS = 40;

    private final Jdbi jdbi;
    private final Clock clock;
    private final ZoneId zone;
    private final RenewalPeople people;
    private final RenewalCards cards;
    private final AccountDirectory accounts;

    RenewalOverview(Jdbi jdbi, Clock clock, ZoneId zone, RenewalPeople people, AccountDirectory accounts) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.zone = zone;
        this.people = people;
        this.accounts = accounts;
        this.cards = new RenewalCards(people, zone);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    Instant now() {
        return clock.instant();
    }

    boolean seesAll(String user) {
        return people.isLeader(user);
    }

    /** The renewals {@code user} follows (every one for a leader) up to 120 days out, overdue ones included. */
    List<RenewalRow> upcoming(String user) {
        LocalDate until = today().plusDays(WINDOW_DAYS);
        return jdbi.withExtension(RenewalDao.class, dao -> dao.upcoming(user, seesAll(user), until, MAX_ROWS));
    }

    /** Looks the typed account up and, when exactly one matches, reads its card for {@code viewer}. */
    AccountDirectory.Lookup<RenewalCard> find(String typed, String viewer) {
        return accounts.find(typed, (handle, account) -> cards.read(handle, account, viewer, clock.instant()));
    }

    Optional<RenewalCard> card(long accountId, String viewer) {
        return jdbi.withHandle(handle -> handle.attach(AccountDao.class).findById(accountId)
                .map((Account account) -> cards.read(handle, account, viewer, clock.instant())));
    }

    /** The card of the account whose cycle this is. */
    Optional<RenewalCard> cardOfCycle(long cycleId, String viewer) {
        return jdbi.withExtension(RenewalDao.class, dao -> dao.cycle(cycleId)).flatMap(c -> card(c.accountId(), viewer));
    }
}
