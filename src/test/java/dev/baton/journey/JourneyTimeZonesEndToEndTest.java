package dev.baton.journey;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.testing.Await;
import dev.baton.testing.DatabaseKind;
import dev.baton.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contact's own time zone, set on the /roles contact form: a contact in Asia/Tokyo gets its journey email at
 * 09:00 on its next working day there, while a contact without one gets it in BATON_TIMEZONE's (UTC's) hours.
 */
class JourneyTimeZonesEndToEndTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private JourneyTesting t;

    @AfterEach
    void stop() throws Exception {
        if (t != null) {
            t.close();
        }
    }

    @ParameterizedTest
    @MethodSource(TestDatabases.KINDS)
    void aContactInTokyoGetsTheEmailInTokyosWorkingHours(DatabaseKind kind) throws Exception {
        t = new JourneyTesting(kind, mail.getSmtp().getPort(), Map.of());
        long account = t.pooledAccount("001POOL", "Pooled", 1);
        HttpResponse<String> refused = t.contactInZone(account, "ken@pooled.example", "Asia/Atlantis");
        assertThat(refused.body()).contains("\"response_action\":\"errors\"", "roles-field-time-zone", "IANA");
        assertThat(t.count("select count(*) from contact")).isZero();
        assertThat(t.contactInZone(account, "ken@pooled.example", "asia/tokyo").body()).doesNotContain("errors");
        t.contact("001POOL", "ada@pooled.example", "Program Contact");
        assertThat(t.requests.slashCommand("/roles", "001POOL", JourneyTesting.AE).body() + t.slack.calls())
                .contains("ken@pooled.example · Asia/Tokyo");

        // 15:00 UTC is in UTC's working hours, and midnight in Tokyo
        t.tick();
        Await.until("ada's email", WAIT, () -> mail.getReceivedMessages().length == 1, () -> "");
        assertThat(JourneyTesting.to(mail.getReceivedMessages()[0])).isEqualTo("ada@pooled.example");
        LocalDate tokyoDay = LocalDate.ofInstant(t.clock.instant(), TOKYO);
        while (!SendWindow.workingDay(tokyoDay)) {
            tokyoDay = tokyoDay.plusDays(1);
        }
        Instant opens = tokyoDay.atTime(9, 0).atZone(TOKYO).toInstant();
        assertThat(t.count("select count(*) from journey_message m join contact c on c.id = m.contact_id"
                + " where c.time_zone = 'Asia/Tokyo' and m.send_day = ? and m.status = 'pending'", tokyoDay)).isEqualTo(1);
        assertThat(t.count("select count(*) from outbox where kind = 'email' and channel = ? and next_attempt_at = ?",
                "ken@pooled.example", opens)).isEqualTo(1);

        t.clock.jumpTo(opens.plus(Duration.ofMinutes(1))); // 00:01 UTC: outside UTC's hours, 09:01 in Tokyo
        Await.until("ken's email", WAIT, () -> mail.getReceivedMessages().length == 2, () -> "");
        assertThat(JourneyTesting.to(mail.getReceivedMessages()[1])).isEqualTo("ken@pooled.example");
        assertThat(mail.getReceivedMessages()[1].getSubject()).isEqualTo("Getting started with your rollout");
    }
}
