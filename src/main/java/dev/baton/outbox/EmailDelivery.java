package dev.baton.outbox;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.baton.config.MailSettings;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Sends an outbox email over SMTP: text and HTML alternatives, and a calendar invite when there is one.
 * A recipient written {@code slack:U123} is that Slack user's email, looked up (users.info) when sending.
 */
public final class EmailDelivery {
    public static final String SLACK_USER = "slack:";

    private final MailSettings settings;
    private final Session session;
    private final MethodsClient slack;

    public EmailDelivery(MailSettings settings, MethodsClient slack) {
        this.settings = settings;
        this.slack = slack;
        Properties props = new Properties();
        String protocol = settings.tls() ? "smtps" : "smtp";
        props.put("mail.transport.protocol", protocol);
        props.put("mail." + protocol + ".host", settings.host());
        props.put("mail." + protocol + ".port", String.valueOf(settings.port()));
        props.put("mail." + protocol + ".connectiontimeout", "10000");
        props.put("mail." + protocol + ".timeout", "15000");
        props.put("mail." + protocol + ".auth", String.valueOf(settings.user() != null));
        if (!settings.tls()) {
            props.put("mail.smtp.starttls.enable", "true");
        }
        this.session = Session.getInstance(props);
    }

    Delivery send(OutboxMessage message) {
        Email email = Email.fromJson(message.payload());
        try {
            MimeMessage mime = new OutboxMimeMessage(session, messageId(message, settings.from()));
            mime.setFrom(new InternetAddress(settings.from()));
            for (String to : email.to()) {
                mime.addRecipient(Message.RecipientType.TO, new InternetAddress(address(to), true));
            }
            mime.setSubject(email.subject(), StandardCharsets.UTF_8.name());
            if (email.headers() != null) {
                for (var header : email.headers().entrySet()) {
                    mime.setHeader(header.getKey(), header.getValue());
                }
            }
            mime.setContent(body(email));
            try (Transport transport = session.getTransport()) {
                transport.connect(settings.host(), settings.port(), settings.user(), settings.password());
                transport.sendMessage(mime, mime.getAllRecipients());
            }
            return new Delivery.Sent(null, mime.getMessageID());
        } catch (SendFailedException e) {
            if (email.bounceable() && permanentRefusal(e)) {
                return new Delivery.Bounced("The mail server refused " + String.join(", ", email.to()) + ": "
                        + refusal(e));
            }
            return new Delivery.Permanent("The mail server refused " + String.join(", ", email.to()) + ": "
                    + e.getMessage() + ". Check the addresses, then retry.");
        } catch (MessagingException e) {
            // the connection may have broken after the server took the message: a resend carries the same id
            return new Delivery.Retry("SMTP: " + e.getMessage(), true);
        }
    }

    /** Whether the server's answer was a permanent (5xx) refusal rather than a temporary one (4xx). */
    static boolean permanentRefusal(MessagingException e) {
        for (Exception cause = e; cause != null; cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            if (cause instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException failed) {
                return failed.getReturnCode() >= 500;
            }
            if (cause instanceof org.eclipse.angus.mail.smtp.SMTPSendFailedException failed) {
                return failed.getReturnCode() >= 500;
            }
        }
        return false;
    }

    private static String refusal(MessagingException e) {
        for (Exception cause = e; cause != null; cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            if (cause instanceof org.eclipse.angus.mail.smtp.SMTPAddressFailedException failed) {
                return failed.getMessage().trim();
            }
        }
        return e.getMessage();
    }

    /**
     * The same Message-ID every time this row is sent: SMTP cannot be asked whether an earlier attempt got
     * through before a crash, but mail systems drop a second copy with the same id (RFC 5322 section 3.6.4).
     */
    static String messageId(OutboxMessage message, String from) {
        String domain = from == null || from.indexOf('@') < 0 ? "baton.invalid" : from.substring(from.indexOf('@') + 1);
        String key = Integer.toHexString(message.dedupeKey().hashCode());
        return "<baton.outbox." + message.id() + "." + key + "." + message.createdAt().toEpochMilli() + "@" + domain + ">";
    }

    /** A message whose Message-ID is given, not made up anew on each send. */
    private static final class OutboxMimeMessage extends MimeMessage {
        private final String messageId;

        OutboxMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    private String address(String recipient) throws MessagingException {
        if (!recipient.startsWith(SLACK_USER)) {
            return recipient;
        }
        String user = recipient.substring(SLACK_USER.length());
        try {
            UsersInfoResponse info = slack.usersInfo(r -> r.user(user));
            if (info.isOk() && info.getUser() != null && info.getUser().getProfile() != null
                    && info.getUser().getProfile().getEmail() != null) {
                return info.getUser().getProfile().getEmail();
            }
            throw new SendFailedException("Slack has no email for " + user + " ("
                    + (info.isOk() ? "no email in the profile" : info.getError()) + ")");
        } catch (java.io.IOException | com.slack.api.methods.SlackApiException e) {
            throw new MessagingException("users.info for " + user + " failed: " + e.getMessage());
        }
    }

    private static MimeMultipart body(Email email) throws MessagingException {
        MimeMultipart alternatives = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(email.text(), StandardCharsets.UTF_8.name());
        alternatives.addBodyPart(text);
        MimeBodyPart html = new MimeBodyPart();
        html.setContent(email.html(), "text/html; charset=UTF-8");
        alternatives.addBodyPart(html);
        if (email.calendar() == null) {
            return alternatives;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(alternatives);
        mixed.addBodyPart(content);
        MimeBodyPart invite = new MimeBodyPart();
        invite.setContent(email.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
        invite.setFileName("invite.ics");
        mixed.addBodyPart(invite);
        return mixed;
    }
}
