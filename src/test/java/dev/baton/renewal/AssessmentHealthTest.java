package dev.baton.renewal;

import dev.baton.testing.DatabaseKind;
import dev.baton.testing.RunningClock;
import dev.baton.testing.TestDatabases;
import dev.baton.testing.WorkingDays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.baton.testing.Fixtures.TA;
import static org.assertj.core.api.Assertions.assertThat;

/** The assessment modal's "What Baton knows" shows the account's health score with its components and gaps. */
class AssessmentHealthTest {
    private RenewalTesting t;

    @AfterEach
    void stop() throws Exception {
        t.close();
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theModalShowsTheScoreItsComponentsAndTheMissingInputs(DatabaseKind kind) throws Exception {
        t = RenewalTesting.start(kind, RunningClock.from(WorkingDays.today()));
        long account = t.account("001ACME", "Acme", 119);
        t.baton.database().jdbi().useHandle(h -> h.createUpdate("insert into account_health (account_id, score, band, "
                + "components, missing, computed_at) values (:a, 64, 'yellow', "
                + "'{\"utilisation\":37,\"version_currency\":100,\"relationships\":67}', 'adoption,engagement', :now)")
                .bind("a", account).bind("now", t.baton.clock().instant()).execute());

        t.press(TA, RenewalIds.ACTION_ASSESS, account);
        assertThat(t.lastView()).contains("Health score 64 (yellow): Utilisation 37, Version currency 100, "
                + "Relationships 67; no input yet for Adoption, Engagement.");
    }
}
