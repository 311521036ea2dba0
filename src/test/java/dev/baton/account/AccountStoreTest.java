package dev.baton.account;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.baton.audit.AuditDao;
import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.Fixtures;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The CRM import and the account lookup against a real, migrated database. */
class AccountStoreTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T14:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void importCreatesUpdatesAndRejectsPerItem(DatabaseKind kind) {
        try (Database db = kind.open()) {
            AccountImport importer = new AccountImport(db.jdbi(), CLOCK, AccountChanges.NONE);
            JsonObject first = importer.upsertAll(JsonParser.parseString("""
                    [{"crm_id":"001A","name":"Acme Corp","segment":"enterprise","arr":250000.50,"seats_purchased":400,
                      "expected_close_date":"2027-01-31","ae":"UAE0001"},
                     {"crm_id":"001B","name":"Bad Seats","seats_purchased":12.5},
                     {"crm_id":"001C","name":"Bad Date","renewal_date":"31/01/2027"},
                     {"crm_id":"001D","name":"Negative","arr":-1},
                     {"name":"No Id"},
                     {"crm_id":"001E","name":"Typo","segmnt":"SMB"},
                     {"crm_id":"001F"}]""").getAsJsonArray());
            assertThat(first.get("created").getAsInt()).isEqualTo(1);
            assertThat(first.get("rejected").getAsInt()).isEqualTo(6);
            assertThat(first.getAsJsonArray("items").get(1).getAsJsonObject().get("reason").getAsString())
                    .contains("seats_purchased must be a whole number");
            assertThat(first.getAsJsonArray("items").get(2).getAsJsonObject().get("reason").getAsString())
                    .contains("renewal_date must be a date");
            assertThat(first.getAsJsonArray("items").get(5).getAsJsonObject().get("reason").getAsString())
                    .contains("unknown field 'segmnt'");

            JsonObject second = importer.upsertAll(JsonParser.parseString(
                    "[{\"crm_id\":\"001A\",\"segment\":\"Strategic\",\"ta\":\"UTA0001\"}]").getAsJsonArray());
            assertThat(second.get("updated").getAsInt()).isEqualTo(1);
            Account acme = db.jdbi().withExtension(AccountDao.class, dao -> dao.findByCrmId("001A")).orElseThrow();
            assertThat(acme.segment()).isEqualTo(Segment.STRATEGIC);
            String stored = db.jdbi().withHandle(h -> h.createQuery("select segment from account where id = :id")
                    .bind("id", acme.id()).mapTo(String.class).one());
            assertThat(stored).isEqualTo("Strategic");
            assertThat(acme.arrCents()).isEqualTo(25_000_050L);
            assertThat(acme.ae()).isEqualTo("UAE0001");
            assertThat(acme.ta()).isEqualTo("UTA0001");
            assertThat(acme.expectedCloseDate()).isEqualTo(LocalDate.of(2027, 1, 31));
            assertThat(acme.lifecycleStage()).isEqualTo("0. Prospect");
            java.util.List<dev.baton.audit.AuditEntry> audit =
                    db.jdbi().withExtension(AuditDao.class, dao -> dao.forAccount(acme.id()));
            assertThat(audit).extracting(dev.baton.audit.AuditEntry::action).containsExactly("account.created", "account.updated");
            assertThat(audit.get(1).afterJson()).contains("\"segment\":\"Strategic\"");
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void findsByCrmIdNameOrFragmentAndSuggestsNearNames(DatabaseKind kind) {
        try (Database db = kind.open()) {
            Fixtures.account(db.jdbi(), CLOCK, "Acme Corp", "001A");
            Fixtures.account(db.jdbi(), CLOCK, "Acme Labs", "001B");
            Fixtures.account(db.jdbi(), CLOCK, "Globex 100%_Fun", "001C");
            AccountDirectory directory = new AccountDirectory(db.jdbi());

            assertThat(directory.find("001B")).isInstanceOfSatisfying(AccountMatch.Found.class,
                    f -> assertThat(f.account().name()).isEqualTo("Acme Labs"));
            assertThat(directory.find("  ACME   corp ")).isInstanceOfSatisfying(AccountMatch.Found.class,
                    f -> assertThat(f.account().name()).isEqualTo("Acme Corp"));
            assertThat(directory.find("acme")).isInstanceOfSatisfying(AccountMatch.Several.class,
                    s -> assertThat(s.candidates()).hasSize(2));
            assertThat(directory.find("100%_f")).isInstanceOf(AccountMatch.Found.class);
            assertThat(directory.find("%")).isInstanceOf(AccountMatch.None.class);
            assertThat(directory.find("Acne Crop")).isInstanceOfSatisfying(AccountMatch.None.class,
                    n -> assertThat(n.nearest()).first().isEqualTo("Acme Corp"));
        }
    }
}
