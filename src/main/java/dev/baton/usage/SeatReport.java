package dev.baton.usage;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** One seat-usage report: active users over seats purchased at an account, as of a date. */
public record SeatReport(String crmId, int activeUsers, int seatsPurchased, Instant asOf) {

    /** Reads an item of {@code POST /api/seat-usage}; the exception names what is wrong with it. */
    public static SeatReport parse(JsonElement item) {
        if (item == null || !item.isJsonObject()) {
            throw new IllegalArgumentException("expected an object with account, active_users, seats_purchased and as_of");
        }
        JsonObject object = item.getAsJsonObject();
        String account = UsageEvent.text(object, "account");
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("missing field: account");
        }
        int active = count(object, "active_users", 0);
        int seats = count(object, "seats_purchased", 1);
        String asOf = UsageEvent.text(object, "as_of");
        if (asOf == null || asOf.isBlank()) {
            throw new IllegalArgumentException("missing field: as_of");
        }
        return new SeatReport(account.trim(), active, seats, asOf(asOf.trim()));
    }

    private static int count(JsonObject object, String field, int minimum) {
        String text = UsageEvent.text(object, field);
        if (text == null) {
            throw new IllegalArgumentException("missing field: " + field);
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < minimum) {
                throw new IllegalArgumentException(field + " must be at least " + minimum + ", not " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " must be a whole number, not " + text);
        }
    }

    /** A date ({@code 2026-11-02}, start of day UTC) or an ISO-8601 timestamp with an offset. */
    static Instant asOf(String text) {
        try {
            return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad timestamp: as_of must be a date (2026-11-02) or ISO-8601 "
                    + "with an offset, not " + text);
        }
    }
}
