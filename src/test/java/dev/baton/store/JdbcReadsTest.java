package dev.baton.store;

import dev.baton.account.Account;
import dev.baton.account.AccountMapper;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.TestDatabases;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain JDBC reads: named parameters become positional, rows map as through JDBI, failures stay JDBI's. */
class JdbcReadsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);

    @Test
    void namedParametersBecomePositionalInOrderAndCastsAreLeftAlone() {
        assertThat(JdbcReads.positional("select a from t where b = :crmId and c like :pattern escape '!' limit :limit"))
                .isEqualTo("select a from t where b = ? and c like ? escape '!' limit ?");
        assertThat(JdbcReads.positional("select x::text from t where y = :y_2")).isEqualTo("select x::text from t where y = ?");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void rowsAreMappedWithTheArgumentsBoundInOrder(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Fixtures.account(db.jdbi(), CLOCK, "Acme", "001ACME");
            Fixtures.account(db.jdbi(), CLOCK, "Acme Labs", "002LABS");
            String sql = JdbcReads.positional(Sql.of(dev.baton.account.AccountDao.class, "findByCrmId"));

            List<Account> found = db.jdbi().withHandle(h -> JdbcReads.list(h, sql, new AccountMapper(), "002LABS"));
            List<Account> none = db.jdbi().withHandle(h -> JdbcReads.list(h, sql, new AccountMapper(), "003NONE"));

            assertThat(found).extracting(Account::name).containsExactly("Acme Labs");
            assertThat(none).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aFailingQueryThrowsJdbisExceptionWithTheDatabasesReason(DatabaseKind kind) {
        try (Database db = kind.open()) {
            assertThatThrownBy(() -> db.jdbi().useHandle(h ->
                    JdbcReads.list(h, "select nope from account where id = ?", new AccountMapper(), 1L)))
                    .isInstanceOf(JdbiException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("nope"));
        }
    }
}
