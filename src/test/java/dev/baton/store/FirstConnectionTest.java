package dev.baton.store;

import dev.baton.config.StartupFailure;
import dev.baton.testing.BatonProcess;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** A database Baton cannot open is one line naming BATON_DATABASE_URL and the driver's reason. */
class FirstConnectionTest {
    @Test
    void aServerThatIsNotThereIsNamedByItsUrl() {
        String url = "jdbc:postgresql://127.0.0.1:" + BatonProcess.freePort() + "/baton";
        assertThatThrownBy(() -> Database.open(url, "baton", "baton")).isInstanceOf(StartupFailure.class)
                .hasMessageStartingWith("Baton cannot start: BATON_DATABASE_URL " + url + ": cannot connect: ")
                .hasMessageContaining("refused");
    }

    @Test
    void aWrongPasswordNamesTheUserAndPasswordSettings() {
        assumeTrue(TestDatabases.postgresAvailable(), "needs BATON_TEST_POSTGRES_URL");
        assertThatThrownBy(() -> Database.open(TestDatabases.postgresSchemaUrl(), TestDatabases.postgresUser(), "wrong"))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("BATON_DATABASE_USER " + TestDatabases.postgresUser())
                .hasMessageContaining("BATON_DATABASE_PASSWORD");
    }

    @Test
    void aUrlOfAnotherDatabaseSaysWhichOnesBatonRunsOn() {
        assertThatThrownBy(() -> Database.open("jdbc:mysql://db/baton", "u", "p"))
                .hasMessageContaining("not a database Baton runs on");
    }

    @Test
    void anH2FileInUseSaysSoAndHowToShareIt() {
        SQLException inUse = new SQLException("Database may be already in use: \"/x/baton.mv.db\"", "90020",
                FirstConnection.H2_DATABASE_IN_USE);
        assertThat(FirstConnection.failure("jdbc:h2:file:/x/baton", "sa", inUse).getMessage())
                .contains("in use by another process").contains("AUTO_SERVER=TRUE");
    }

    @Test
    void aPasswordInTheUrlIsNeverShown() {
        assertThat(FirstConnection.withoutPassword("jdbc:postgresql://db/baton?user=baton&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/baton?user=baton&password=***&ssl=true");
        SQLException refused = new SQLException("Connection refused", "08001");
        assertThat(FirstConnection.failure("jdbc:postgresql://db/baton?password=s3cret", "baton", refused).getMessage())
                .doesNotContain("s3cret");
    }
}
