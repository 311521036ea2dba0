package dev.baton.home;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The App Home refresh set on the real migrations, two instances' queues on one database: only homes someone opened
 * are marked, many marks are one refresh, one instance claims it, a mark made while it is published keeps it for
 * another publish, a lapsed lease lets the other instance take it, and both instances book one pace.
 */
class HomeRefreshQueueTest {
    private static final String ADA = "U0ADA";
    private static final String BOB = "U0BOB";
    private static final Duration DEBOUNCE = Duration.ofMillis(1500);
    private static final Duration SPACING = Duration.ofMillis(600);
    private final Instant now = WorkingDays.today();
    private Database db;

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void marksOfOpenedHomesAreClaimedOnceAndAMarkMadeDuringThePublishKeepsThem(DatabaseKind kind) {
        db = kind.open();
        HomeRefreshQueue a = new HomeRefreshQueue(db.jdbi(), "baton-a");
        HomeRefreshQueue b = new HomeRefreshQueue(db.jdbi(), "baton-b");
        assertThat(a.mark(ADA, now.plus(DEBOUNCE))).isFalse(); // never opened: nothing to refresh
        a.remember(ADA, new HomeState(HomeState.Sort.RENEWAL, 0, 2), now);
        assertThat(b.stateOf(ADA)).isEqualTo(new HomeState(HomeState.Sort.RENEWAL, 0, 2));
        assertThat(b.stateOf(BOB)).isEqualTo(HomeState.FIRST);

        assertThat(a.mark(ADA, now.plus(DEBOUNCE))).isTrue();
        assertThat(b.mark(ADA, now.plus(DEBOUNCE.multipliedBy(2)))).isTrue(); // joins it, the due time stays
        assertThat(a.due(now, 10)).isEmpty(); // within the debounce
        Instant due = now.plus(DEBOUNCE);
        assertThat(a.due(due, 10)).containsExactly(ADA);

        Optional<Integer> marks = a.claim(ADA, due);
        assertThat(marks).contains(2);
        assertThat(b.claim(ADA, due)).isEmpty(); // leased by a
        assertThat(b.due(due, 10)).isEmpty();

        b.mark(ADA, due.plus(DEBOUNCE)); // a change while a publishes what it read before
        a.finish(ADA, marks.get(), due.plus(DEBOUNCE));
        assertThat(a.due(due, 10)).isEmpty();
        Instant again = due.plus(DEBOUNCE);
        Optional<Integer> second = b.claim(ADA, again);
        assertThat(second).contains(3);
        b.finish(ADA, second.get(), again.plus(DEBOUNCE));
        assertThat(a.due(again.plus(Duration.ofHours(1)), 10)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aLeaseLeftByAStoppedInstanceLapsesOrIsHandedBack(DatabaseKind kind) {
        db = kind.open();
        HomeRefreshQueue a = new HomeRefreshQueue(db.jdbi(), "baton-a");
        HomeRefreshQueue b = new HomeRefreshQueue(db.jdbi(), "baton-b");
        a.remember(ADA, HomeState.FIRST, now);
        a.remember(BOB, HomeState.FIRST, now);
        a.mark(ADA, now);
        a.mark(BOB, now);
        assertThat(a.claim(ADA, now)).isPresent();
        assertThat(a.claim(BOB, now)).isPresent();

        // a stops without finishing: Ada's lease lapses, Bob's it hands back
        assertThat(b.claim(ADA, now.plus(Duration.ofSeconds(30)))).isEmpty();
        assertThat(b.claim(ADA, now.plus(HomeRefreshQueue.LEASE).plusSeconds(1))).isPresent();
        assertThat(a.releaseAll()).isEqualTo(1);
        assertThat(b.claim(BOB, now.plusSeconds(1))).isPresent();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void everyInstanceBooksTheOnePaceAndA429HoldsIt(DatabaseKind kind) {
        db = kind.open();
        HomeRefreshQueue a = new HomeRefreshQueue(db.jdbi(), "baton-a");
        HomeRefreshQueue b = new HomeRefreshQueue(db.jdbi(), "baton-b");
        Duration horizon = Duration.ofSeconds(2);
        assertThat(a.reserve(now, SPACING, horizon)).contains(now);
        assertThat(b.reserve(now, SPACING, horizon)).contains(now.plus(SPACING));
        assertThat(a.reserve(now, SPACING, horizon)).contains(now.plus(SPACING.multipliedBy(2)));
        assertThat(b.reserve(now, SPACING, horizon)).contains(now.plus(SPACING.multipliedBy(3)));
        assertThat(a.reserve(now, SPACING, horizon)).isEmpty(); // 2.4 s ahead: past the horizon, nothing booked
        assertThat(b.reserve(now, SPACING, Duration.ofDays(1))).contains(now.plus(SPACING.multipliedBy(4)));

        Instant retryAfter = now.plusSeconds(30);
        b.hold(retryAfter);
        a.hold(now.plusSeconds(5)); // an earlier hold never shortens a later one
        assertThat(a.reserve(now.plusSeconds(10), SPACING, Duration.ofDays(1))).contains(retryAfter);
    }
}
