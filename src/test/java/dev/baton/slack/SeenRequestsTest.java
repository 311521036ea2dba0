package dev.baton.slack;

import dev.baton.store.Database;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The replay guard's memory of signatures and event ids, on a real migrated database. */
class SeenRequestsTest {
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final long SIGNED = NOW.getEpochSecond();

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aSignatureIsNewOnceAndAReplayAfterwards(DatabaseKind kind) {
        try (Database db = kind.open()) {
            SeenRequests seen = new SeenRequests(db, NOW.minus(Duration.ofHours(1)));
            String signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

            assertThat(seen.firstTime(signature, SIGNED)).isTrue();
            assertThat(seen.firstTime(signature, SIGNED)).isFalse();
            assertThat(seen.firstTime("v0=b" + signature.substring(4), SIGNED)).isTrue();
            assertThat(seen.firstTime("v0=b" + signature.substring(4), SIGNED + 1)).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void pruningForgetsOnlyWhatIsOlderThanTheCutOff(DatabaseKind kind) {
        try (Database db = kind.open()) {
            SeenRequests seen = new SeenRequests(db, NOW.minus(Duration.ofHours(1)));
            seen.firstTime("v0=old", SIGNED - Duration.ofMinutes(11).toSeconds());
            seen.firstTime("v0=recent", SIGNED - Duration.ofMinutes(1).toSeconds());
            seen.firstEvent("Ev-old", NOW.minus(Duration.ofMinutes(11)));

            assertThat(seen.prune(NOW.minus(Duration.ofMinutes(10)))).isEqualTo(2);
            assertThat(seen.firstTime("v0=old", SIGNED - Duration.ofMinutes(11).toSeconds())).isTrue();
            assertThat(seen.firstTime("v0=recent", SIGNED - Duration.ofMinutes(1).toSeconds())).isFalse();
            assertThat(seen.firstEvent("Ev-old", NOW)).isTrue();
        }
    }

    @Test
    void onAnEmbeddedFileTheSignaturesStayInTheProcessAndOnesSignedBeforeItStartedCountAsSeen(@TempDir Path dir) {
        try (Database db = Database.open("jdbc:h2:file:" + dir.resolve("baton"), "sa", "")) {
            SeenRequests seen = new SeenRequests(db, NOW);

            assertThat(seen.firstTime("v0=fresh", SIGNED)).isTrue();
            assertThat(seen.firstTime("v0=fresh", SIGNED)).isFalse();
            assertThat(seen.firstTime("v0=skewed", SIGNED - LocalSignatures.START_SKEW.toSeconds())).isTrue();
            assertThat(seen.firstTime("v0=before-start", SIGNED - LocalSignatures.START_SKEW.toSeconds() - 1)).isFalse();
            long stored = db.jdbi().withHandle(h -> h.select("select count(*) from slack_request_seen")
                    .mapTo(Long.class).one());
            assertThat(stored).as("no write to the file per request").isZero();

            assertThat(seen.prune(NOW.plusSeconds(1))).isEqualTo(2);
            assertThat(seen.firstTime("v0=fresh", SIGNED)).isTrue();
        }
    }

    @Test
    void keysAreStableAndSpreadOverTheirSixtyFourBits() {
        assertThat(SeenRequests.keyOf("v0=abc")).isEqualTo(SeenRequests.keyOf("v0=abc"));
        Set<Long> keys = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            keys.add(SeenRequests.keyOf("v0=" + Integer.toHexString(i)));
        }
        assertThat(keys).hasSize(100_000);
        assertThat(keys.stream().filter(k -> k < 0).count()).isBetween(45_000L, 55_000L);
    }
}
