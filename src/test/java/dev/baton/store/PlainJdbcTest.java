package dev.baton.store;

import dev.baton.account.Account;
import dev.baton.account.AccountDao;
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
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Statements on plain JDBC: parsed by JDBI's own parser, bound by name wherever a name stands, failures clear. */
class PlainJdbcTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);

    /** Acme (001ACME) and Acme Labs (002LABS). */
    private static Database twoAccounts(DatabaseKind kind) {
        Database db = kind.open();
        Fixtures.account(db.jdbi(), CLOCK, "Acme", "001ACME");
        Fixtures.account(db.jdbi(), CLOCK, "Acme Labs", "002LABS");
        return db;
    }

    @Test
    void namedParametersBecomePositionalAndCastsAndQuotedColonsAreLeftAlone() {
        PlainJdbc.Statement statement = PlainJdbc.Statement.parse("t.sql",
                "select x::text, ':notAName' from t where b = :crmId and c like :pattern escape '!' limit :limit");

        assertThat(statement.sql())
                .isEqualTo("select x::text, ':notAName' from t where b = ? and c like ? escape '!' limit ?");
    }

    @Test
    void positionalParametersInAFileAreRefused() {
        assertThatThrownBy(() -> PlainJdbc.Statement.parse("old.sql", "select 1 from t where a = ?"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("old.sql").hasMessageContaining(":name");
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aRepeatedNameIsBoundEverywhereItStands(DatabaseKind kind) {
        try (Database db = twoAccounts(kind)) {
            // the name stands first, last and twice: binding in order of appearance would need four values
            PlainJdbc.Statement statement = PlainJdbc.Statement.parse("repeated.sql", "select name from account"
                    + " where crm_id = :crmId and (name <> :name or crm_id = :crmId) and crm_id like :crmId");

            List<String> found = db.jdbi().withHandle(h -> PlainJdbc.list(h, statement, (r, ctx) -> r.getString(1),
                    Map.of("crmId", "002LABS", "name", "Acme")));

            assertThat(found).containsExactly("Acme Labs");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void theDaosOwnFileIsMappedAsThroughJdbi(DatabaseKind kind) {
        try (Database db = twoAccounts(kind)) {
            PlainJdbc.Statement byCrmId = PlainJdbc.statement(AccountDao.class, "findByCrmId");

            List<Account> found = db.jdbi().withHandle(h -> PlainJdbc.list(h, byCrmId, new AccountMapper(),
                    Map.of("crmId", "002LABS")));
            Account throughDao = db.jdbi().withExtension(AccountDao.class, dao -> dao.findByCrmId("002LABS")).orElseThrow();

            assertThat(found).containsExactly(throughDao);
        }
    }

    @Test
    void anUnknownOrMissingNameFailsNamingTheFileAndTheParameter() {
        try (Database db = TestDatabases.h2()) {
            PlainJdbc.Statement byCrmId = PlainJdbc.statement(AccountDao.class, "findByCrmId");
            PlainJdbc.Statement twoNames = PlainJdbc.Statement.parse("two.sql",
                    "select name from account where crm_id = :crmId or name = :name");

            assertThatThrownBy(() -> db.jdbi().useHandle(h -> PlainJdbc.list(h, byCrmId, new AccountMapper(),
                    Map.of("crm_id", "002LABS"))))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("dev/baton/account/AccountDao/findByCrmId.sql has no parameter :crm_id (it has [:crmId])");
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> PlainJdbc.list(h, twoNames, (r, ctx) -> r.getString(1),
                    Map.of("crmId", "002LABS"))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("two.sql: no value for :name");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aBatchBindsEachRowByNameAndRefusesARowLeftIncomplete(DatabaseKind kind) {
        try (Database db = kind.open()) {
            long id = Fixtures.account(db.jdbi(), CLOCK, "Acme", "001ACME");
            PlainJdbc.Statement rename = PlainJdbc.Statement.parse("rename.sql",
                    "update account set name = :name, name_key = lower(:name) where id = :id");

            int[] counts = db.jdbi().withHandle(h -> PlainJdbc.batch(h, rename, List.of("Acme One", "Acme Two"),
                    (params, name) -> params.set("name", name).set("id", id)));
            String name = db.jdbi().withHandle(h -> h.select("select name_key from account where id = ?", id)
                    .mapTo(String.class).one());

            assertThat(counts).containsExactly(1, 1);
            assertThat(name).isEqualTo("acme two");
            assertThatThrownBy(() -> db.jdbi().useHandle(h -> PlainJdbc.batch(h, rename, List.of("Acme Three"),
                    (params, row) -> params.set("name", row))))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("rename.sql: no value for :id");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aFailingStatementThrowsJdbisExceptionWithTheDatabasesReason(DatabaseKind kind) {
        try (Database db = kind.open()) {
            PlainJdbc.Statement broken = PlainJdbc.Statement.parse("broken.sql", "select nope from account where id = :id");

            assertThatThrownBy(() -> db.jdbi().useHandle(h ->
                    PlainJdbc.list(h, broken, new AccountMapper(), Map.of("id", 1L))))
                    .isInstanceOf(JdbiException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase("nope"));
        }
    }
}
