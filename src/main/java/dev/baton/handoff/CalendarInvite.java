package dev.baton.handoff;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** A minimal RFC 5545 calendar event (one VEVENT, times in UTC), with text escaped and lines folded. */
final class CalendarInvite {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private CalendarInvite() {
    }

    static String event(String uid, Instant start, Duration length, Instant now, String summary, String description) {
        return String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Baton//Hand-off//EN", "METHOD:PUBLISH", "BEGIN:VEVENT",
                fold("UID:" + uid), "DTSTAMP:" + STAMP.format(now), "DTSTART:" + STAMP.format(start),
                "DTEND:" + STAMP.format(start.plus(length)), fold("SUMMARY:" + escape(summary)),
                fold("DESCRIPTION:" + escape(description)), "END:VEVENT", "END:VCALENDAR", "");
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "")
                .replace("\n", "\\n");
    }

    /** Lines longer than 75 octets continue on the next line after a space (RFC 5545 §3.1). */
    static String fold(String line) {
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int bytes = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (count + bytes > 75) {
                out.append("\r\n ");
                count = 1;
            }
            out.appendCodePoint(cp);
            count += bytes;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
