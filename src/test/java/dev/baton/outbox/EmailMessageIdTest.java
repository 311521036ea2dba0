package dev.baton.outbox;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.baton.config.MailSettings;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An email resent after a crash (SMTP cannot be asked whether it got through) carries the same Message-ID. */
class EmailMessageIdTest {
    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Test
    void everySendOfOneRowCarriesTheRowsOwnMessageId() throws Exception {
        EmailDelivery delivery = new EmailDelivery(new MailSettings("127.0.0.1", mail.getSmtp().getPort(), false,
                null, null, "baton@revenue.example"), null);
        Instant created = Instant.parse("2026-06-01T10:00:00Z");
        OutboxMessage welcome = row(41, "welcome:7", created);

        assertThat(delivery.send(welcome)).isInstanceOf(Delivery.Sent.class);
        assertThat(delivery.send(welcome)).isInstanceOf(Delivery.Sent.class);
        assertThat(delivery.send(row(42, "welcome:8", created))).isInstanceOf(Delivery.Sent.class);

        List<String> ids = List.of(mail.getReceivedMessages()).stream().map(EmailMessageIdTest::messageId).toList();
        assertThat(ids).hasSize(3);
        assertThat(ids.get(0)).isEqualTo(ids.get(1)).startsWith("<baton.outbox.41.").endsWith("@revenue.example>");
        assertThat(ids.get(2)).isNotEqualTo(ids.get(0));
    }

    private static OutboxMessage row(long id, String key, Instant created) {
        String payload = new Email(List.of("ada@acme.example"), "Welcome", "Hello", "<p>Hello</p>", null).toJson();
        return new OutboxMessage(id, key, Outbox.EMAIL, null, null, payload, OutboxMessage.PENDING, 0, created, null,
                null, null, created, null, null, null);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getHeader("Message-ID")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
