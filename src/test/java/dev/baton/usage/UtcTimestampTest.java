package dev.baton.usage;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The fast path reads exactly what the general parser reads for its form, and leaves everything else to it. */
class UtcTimestampTest {
    @Test
    void agreesWithTheGeneralParserOnItsForm() {
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
            String text = at.toString();
            if (text.length() >= 20 && text.charAt(4) == '-') {
                assertThat(UtcTimestamp.parse(text)).as(text).isEqualTo(general(text));
            }
        }
    }

    @Test
    void leavesOtherFormsAndInvalidFieldsToTheGeneralParser() {
        for (String text : new String[]{"2026-11-02T15:04:00+01:00", "2026-11-02t15:04:00Z", "2026-11-02T15:04Z",
                "2026-02-29T10:00:00Z", "2026-13-01T10:00:00Z", "2026-11-31T10:00:00Z", "2026-11-02T24:00:00Z",
                "2026-11-02T23:60:00Z", "2026-11-02T23:59:60Z", "2026-11-02T15:04:00.Z", "2026-11-02T15:04:00.1234567890Z",
                "0000-01-01T00:00:00Z", "+2026-11-02T15:04:00Z", "2026-1a-02T15:04:00Z", "yesterday"}) {
            assertThat(UtcTimestamp.parse(text)).as(text).isNull();
        }
        assertThat(UtcTimestamp.parse("2024-02-29T23:59:59.5Z")).isEqualTo(general("2024-02-29T23:59:59.5Z"));
        assertThat(UtcTimestamp.parse("2000-02-29T00:00:00Z")).isEqualTo(general("2000-02-29T00:00:00Z"));
        assertThat(UtcTimestamp.parse("1900-02-29T00:00:00Z")).isNull();
        assertThat(UtcTimestamp.parse("1969-12-31T23:59:59.999999999Z")).isEqualTo(general("1969-12-31T23:59:59.999999999Z"));
    }

    private static Instant general(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
